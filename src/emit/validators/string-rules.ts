/**
 * The string rules both halves share: length in code points (as JSON Schema
 * and ajv count) tested cheaply, and patterns as hoisted regexes.
 */
import type { IrStringType } from "../../ir/types.js";
import { b, lengthOf, type Expr } from "./code.js";
import type { CodeContext } from "./context.js";

/** True when string `x` has fewer than `min` code points. */
export function minLengthFails(x: Expr, min: number, ctx: CodeContext): Expr {
  // Code points <= UTF-16 units <= 2 * code points: count only in the ambiguous band.
  const counted = b.binary(b.call(ctx.runtime("codePointLength"), [x]), "<", b.num(min));
  return b.binary(b.binary(lengthOf(x), "<", b.num(min)), "||", b.binary(b.binary(lengthOf(x), "<", b.num(2 * min)), "&&", counted));
}

/** True when string `x` has more than `max` code points. */
export function maxLengthFails(x: Expr, max: number, ctx: CodeContext): Expr {
  return b.binary(b.binary(lengthOf(x), ">", b.num(max)), "&&", b.binary(b.call(ctx.runtime("codePointLength"), [x]), ">", b.num(max)));
}

/** True when string `x` does not match `pattern` (unanchored, `u` flag). */
export function patternFails(x: Expr, pattern: string, ctx: CodeContext): Expr {
  return b.not(ctx.matches(pattern, x));
}

/** True when string `x` is none of `values` (a string's allowed values). */
export function valuesFail(x: Expr, values: readonly string[]): Expr {
  return values.length ? b.chain("&&", values.map((v) => b.binary(x, "!==", b.str(v)))) : b.bool(true);
}

/** One failing string rule: which rule, and the condition under which it fails. */
export interface StringRule {
  rule: "minLength" | "maxLength" | "pattern";
  fails: Expr;
}

/** The rules of `t` that apply, each with its failure condition on string `x`. */
export function stringRules(t: IrStringType, x: Expr, ctx: CodeContext): StringRule[] {
  const out: StringRule[] = [];
  if (t.minLength !== undefined && t.minLength > 0) out.push({ rule: "minLength", fails: minLengthFails(x, t.minLength, ctx) });
  if (t.maxLength !== undefined) out.push({ rule: "maxLength", fails: maxLengthFails(x, t.maxLength, ctx) });
  if (t.pattern !== undefined) out.push({ rule: "pattern", fails: patternFails(x, t.pattern, ctx) });
  return out;
}
