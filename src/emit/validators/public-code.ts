/**
 * The exported functions of `validators.js`: thin entry points over the
 * internal checks (`c$…`) and problem walks (`v$…`). `validate<Name>` runs
 * the pass/fail check first, so a valid value takes the fast path and gets
 * the shared frozen result; only a failing value is walked for problems.
 */
import type { IrEnumShape } from "../../ir/types.js";
import { b, notObject, type Expr, type Stmt } from "./code.js";
import type { CodeContext } from "./context.js";
import { structureCheckMembers } from "./check-code.js";
import { passesMembers } from "./detail-structure.js";
import { gather } from "./gather.js";
import { enumText, TYPE_TEXT, unknownMemberText } from "./messages.js";
import { checkFn, enumCheckFn, reportFn, type PublicValidator } from "./plan.js";

const value = b.id("value");
const exported = { exported: true } as const;

/** `export function name(value) { body }` */
const entry = (name: string, body: readonly Stmt[]): Stmt => b.fn(name, [b.param("value")], body, exported);

/**
 * The exported functions of one public validator: validate, and check and
 * is where it has them. `validate<Name>` carries its own copy of the
 * top-level check (the members read once, in one pass over the keys): a
 * valid value returns the shared result from there; a failure hands the
 * member it failed at and the members read to `t$…`, which reports from
 * that member on, so that nothing is read or checked twice.
 */
export function publicEntries(p: PublicValidator, ctx: CodeContext, first?: PublicValidator): Stmt[] {
  if (first) return aliases(p, first);
  if (p.variant.members.length === 0) return emptyEntries(p, ctx);
  const recursive = ctx.plan.recursive.has(p.variant.shape.name);
  const check: Expr = b.call(b.id(checkFn(p.variant)), recursive ? [value, b.num(0)] : [value]);
  const out = [entry(p.validatorName, validateBody(p, ctx, recursive))];
  if (p.checkName) out.push(entry(p.checkName, [b.ret(check)]));
  if (p.guard) out.push(entry(p.guard.name, [b.ret(check)]));
  return out;
}

/**
 * A public validator of the same variant as an earlier one (a lenient
 * validator where no rule is open in the vendor's model): the earlier
 * functions under the new names, so that the code is written once.
 */
function aliases(p: PublicValidator, first: PublicValidator): Stmt[] {
  const alias = (name: string, target: string) => b.variable("const", name, b.id(target), { exported: true });
  const out = [alias(p.validatorName, first.validatorName)];
  const check = first.checkName ?? first.guard?.name;
  if (p.checkName && check) out.push(alias(p.checkName, check));
  if (p.guard && check) out.push(alias(p.guard.name, check));
  return out;
}

/** A structure with no members (a body sent empty): the runtime's helpers, not code of its own. */
function emptyEntries(p: PublicValidator, ctx: CodeContext): Stmt[] {
  const reject = b.bool(p.variant.form.policy === "reject");
  const check = b.call(ctx.runtime("checkEmpty"), [value, reject]);
  const out = [entry(p.validatorName, [b.ret(b.call(ctx.runtime("validateEmpty"), [value, reject, b.str(`: ${unknownMemberText(p.variant.title)}`)]))])];
  if (p.checkName) out.push(entry(p.checkName, [b.ret(check)]));
  if (p.guard) out.push(entry(p.guard.name, [b.ret(check)]));
  return out;
}

function validateBody(p: PublicValidator, ctx: CodeContext, recursive: boolean): Stmt[] {
  ctx.resetLocals();
  const body: Stmt[] = [b.ifStmt(notObject(value), [b.ret(ctx.runtime("NOT_AN_OBJECT"))])];
  if (recursive) body.push(b.variable("const", "d", b.num(0)));
  const read = gather(p.variant, value, ctx);
  const passed = passesMembers(p.variant) ? [...read.locals, ...(read.unknown && read.firstUnknown ? [read.unknown, read.firstUnknown] : [])] : [];
  const args = passed.map((n) => b.id(n));
  ctx.onFail = (member, sub) => [b.ret(b.call(b.id(reportFn(p.variant)), [value, b.num(member), typeof sub === "number" ? b.num(sub) : sub, ...args]))];
  try {
    body.push(...read.statements, ...structureCheckMembers(p.variant, read, ctx, recursive ? "d" : undefined, 0));
  } finally {
    ctx.onFail = undefined;
  }
  body.push(b.ret(ctx.runtime("VALID")));
  return body;
}

/** The exported functions of an enum. */
export function enumEntries(shape: IrEnumShape, ctx: CodeContext): Stmt[] {
  const check = b.call(b.id(enumCheckFn(shape.name)), [value]);
  const one = (rule: string, text: string) => b.array([b.call(ctx.runtime("problem"), [b.str(""), b.str(rule), b.str(text)])]);
  return [
    entry(shape.validatorName, [
      b.ifStmt(check, [b.ret(ctx.runtime("VALID"))]),
      b.ifStmt(b.binary(b.unary("typeof", value), "!==", b.str("string")), [b.ret(b.call(ctx.runtime("invalid"), [one("type", TYPE_TEXT.string)]))]),
      b.ret(b.call(ctx.runtime("invalid"), [one("enum", enumText(shape))])),
    ]),
    entry(shape.checkName, [b.ret(check)]),
    entry(shape.guardName, [b.ret(check)]),
  ];
}
