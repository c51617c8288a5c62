/**
 * The exported functions of `validators.js`: thin entry points over the
 * internal checks (`c$…`) and problem walks (`v$…`). `validate<Name>` runs
 * the pass/fail check first, so a valid value takes the fast path and gets
 * the shared frozen result; only a failing value is walked for problems.
 */
import type { IrEnumShape, IrStructureShape } from "../../ir/types.js";
import { b, type Expr, type Stmt } from "./code.js";
import type { CodeContext } from "./context.js";
import { enumText, TYPE_TEXT } from "./messages.js";
import { checkFn, detailFn, enumCheckFn, type ValidationPlan } from "./plan.js";

const value = b.id("value");
const exported = { exported: true } as const;

/** `export function name(value) { body }` */
const entry = (name: string, body: readonly Stmt[]): Stmt => b.fn(name, [b.param("value")], body, exported);

/** The exported functions of a structure: validate, check, is. */
export function structureEntries(shape: IrStructureShape, plan: ValidationPlan, ctx: CodeContext): Stmt[] {
  const policy = plan.publicPolicy.get(shape.name) ?? "reject";
  const recursive = plan.recursive.has(shape.name);
  const check: Expr = b.call(b.id(checkFn(shape.name, policy)), recursive ? [value, b.num(0)] : [value]);
  const walk = b.call(b.id(detailFn(shape.name, policy)), [value, b.num(0), b.id("problems"), ...(recursive ? [b.num(0)] : [])]);
  return [
    entry(shape.validatorName, [
      b.ifStmt(check, [b.ret(ctx.runtime("VALID"))]),
      b.variable("const", "problems", b.array([])),
      b.exprStmt(walk),
      b.ret(b.call(ctx.runtime("invalid"), [b.id("problems")])),
    ]),
    entry(shape.checkName, [b.ret(check)]),
    entry(shape.guardName, [b.ret(check)]),
  ];
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
