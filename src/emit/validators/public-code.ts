/**
 * The exported functions of `validators.js`: thin entry points over the
 * internal checks (`c$…`) and problem walks (`v$…`). `validate<Name>` runs
 * the pass/fail check first, so a valid value takes the fast path and gets
 * the shared frozen result; only a failing value is walked for problems.
 */
import type { IrEnumShape } from "../../ir/types.js";
import { b, type Expr, type Stmt } from "./code.js";
import type { CodeContext } from "./context.js";
import { FAILED_AT } from "./check-code.js";
import { enumText, TYPE_TEXT } from "./messages.js";
import { checkFn, detailFn, enumCheckFn, type PublicValidator } from "./plan.js";

const value = b.id("value");
const exported = { exported: true } as const;

/** `export function name(value) { body }` */
const entry = (name: string, body: readonly Stmt[]): Stmt => b.fn(name, [b.param("value")], body, exported);

/** The exported functions of one public validator: validate, and check and is where it has them. */
export function publicEntries(p: PublicValidator, ctx: CodeContext): Stmt[] {
  const recursive = ctx.plan.recursive.has(p.variant.shape.name);
  const check: Expr = b.call(b.id(checkFn(p.variant)), recursive ? [value, b.num(0)] : [value]);
  const walk = (from: Expr) => b.exprStmt(b.call(b.id(detailFn(p.variant)), [value, b.num(0), b.id("problems"), from, ...(recursive ? [b.num(0)] : [])]));
  const out = [
    entry(p.validatorName, [
      b.ifStmt(check, [b.ret(ctx.runtime("VALID"))]),
      // `new Array()`, not `[]`: V8 grows an empty literal into an array of objects on a slow path.
      b.variable("const", "problems", b.newExpr(b.id("Array"))),
      // The walk starts at the member the check failed at; from the top if that found nothing (a value that changed meanwhile).
      walk(b.id(FAILED_AT)),
      b.ifStmt(b.binary(b.member(b.id("problems"), "length"), "===", b.num(0)), [walk(b.num(0))]),
      b.ret(b.call(ctx.runtime("invalid"), [b.id("problems")])),
    ]),
  ];
  if (p.checkName) out.push(entry(p.checkName, [b.ret(check)]));
  if (p.guard) out.push(entry(p.guard.name, [b.ret(check)]));
  return out;
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
