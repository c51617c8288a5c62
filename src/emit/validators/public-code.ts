/**
 * The exported functions of `validators.js`: thin entry points over the
 * internal checks (`c$…`) and problem walks (`t$…`, `v$…`). A valid value
 * takes the fast path and gets the shared frozen result; only a failing
 * value is walked for problems.
 */
import type { IrEnumShape } from "../../ir/types.js";
import { b, notObject, type Expr, type Stmt } from "./code.js";
import type { CodeContext } from "./context.js";
import { structureCheckMembers } from "./check-code.js";
import { passesMembers } from "./detail-structure.js";
import { gather } from "./gather.js";
import { enumText, TYPE_TEXT, unknownMemberText } from "./messages.js";
import { checkFn, enumCheckFn, reportFn, type PublicValidator, type ShapeVariant } from "./plan.js";

const value = b.id("value");
const exported = { exported: true } as const;

/** `export function name(value) { body }` */
const entry = (name: string, body: readonly Stmt[]): Stmt => b.fn(name, [b.param("value")], body, exported);

/**
 * The exported functions of one public validator: validate, and check and
 * is where it has them. Both call the variant's one check function
 * (`c$…`, see {@link reportingCheckFunction}); validate asks it to report.
 */
export function publicEntries(p: PublicValidator, ctx: CodeContext, first?: PublicValidator): Stmt[] {
  if (first) return aliases(p, first);
  if (!reports(p)) return emptyEntries(p, ctx);
  const recursive = ctx.plan.recursive.has(p.variant.shape.name);
  const call = (report: boolean) => b.call(b.id(checkFn(p.variant)), [value, ...(recursive ? [b.num(0)] : []), ...(report ? [b.bool(true)] : [])]);
  const out = [entry(p.validatorName, [b.ret(call(true))])];
  if (p.checkName) out.push(entry(p.checkName, [b.ret(call(false))]));
  if (p.guard) out.push(p.checkName ? alias(p.guard.name, p.checkName) : entry(p.guard.name, [b.ret(call(false))]));
  return out;
}

/** `export const name = target;`: an export that is another under its own name (`is<Name>` is `check<Name>`). */
const alias = (name: string, target: string): Stmt => b.variable("const", name, b.id(target), exported);

/** Whether the public validator's check function is a reporting one (a structure with members). */
export function reports(p: PublicValidator): boolean {
  return p.variant.members.length > 0;
}

/**
 * A public validator of the same variant as an earlier one (a lenient
 * validator where no rule is open in the vendor's model): the earlier
 * functions under the new names, so that the code is written once.
 */
function aliases(p: PublicValidator, first: PublicValidator): Stmt[] {
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
  if (p.guard) out.push(p.checkName ? alias(p.guard.name, p.checkName) : entry(p.guard.name, [b.ret(check)]));
  return out;
}

/**
 * `function c$Name$r(o[, d], r)`, the check of a variant some public
 * validator exports. Called without `r` (by `check<Name>`, or as a member's
 * check) it returns true or false. Called with `r` true (by
 * `validate<Name>`) it returns the shared VALID result, or on the first
 * failure hands the member it failed at and the members read so far to
 * `t$…`, which reports from that member on: nothing is read or checked
 * twice, and the check is written once for both uses.
 */
export function reportingCheckFunction(variant: ShapeVariant, ctx: CodeContext): Stmt {
  ctx.resetLocals();
  const o = b.id("o");
  const r = b.id("r");
  const recursive = ctx.plan.recursive.has(variant.shape.name);
  const fail = (result: Expr): Stmt => b.ret(b.conditional(r, result, b.bool(false)));
  const body: Stmt[] = [];
  // Only a member's check recurses, and it never reports: past the limit is plain false.
  if (recursive) body.push(b.ifStmt(b.binary(b.id("d"), ">", ctx.runtime("MAX_DEPTH")), [b.ret(b.bool(false))]));
  body.push(b.ifStmt(notObject(o), [fail(ctx.runtime("NOT_AN_OBJECT"))]));
  const read = gather(variant, o, ctx);
  const passed = passesMembers(variant) ? [...read.locals, ...(read.unknown && read.firstUnknown ? [read.unknown, read.firstUnknown] : [])] : [];
  const args = passed.map((n) => b.id(n));
  ctx.onFail = (member, sub) => [fail(b.call(b.id(reportFn(variant)), [o, b.num(member), typeof sub === "number" ? b.num(sub) : sub, ...args]))];
  try {
    body.push(...read.statements, ...structureCheckMembers(variant, read, ctx, recursive ? "d" : undefined, 0));
  } finally {
    ctx.onFail = undefined;
  }
  body.push(b.ret(b.conditional(r, ctx.runtime("VALID"), b.bool(true))));
  const params = recursive ? [b.param("o"), b.param("d"), b.param("r")] : [b.param("o"), b.param("r")];
  return b.fn(checkFn(variant), params, body);
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
