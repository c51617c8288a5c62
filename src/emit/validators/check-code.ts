/**
 * The pass/fail half: for each type, straight-line statements that
 * `return false` on the first broken rule. No allocation, no closures; this
 * is what `check<Name>` and `is<Name>` run, and what `validate<Name>` runs
 * first (a valid value never pays for the problem walk).
 */
import type { IrEnumShape, IrMember, IrStructureShape, IrType } from "../../ir/types.js";
import {
  anyOf, b, constant, failIf, hasOwnCall, increment, is, isNot, lengthOf, memberRead, mutable, notObject, staticCall, typeofIsNot, undef, when,
  type Expr, type Stmt,
} from "./code.js";
import { MAX_ITEMS } from "../../runtime/shared/validation.js";
import type { CodeContext } from "./context.js";
import { timestampPattern } from "./formats.js";
import { checkFn, enumCheckFn, type Policy, type ShapeVariant } from "./plan.js";
import { stringRules } from "./string-rules.js";

/** The enum shape `name` refers to, if it is one. */
export function enumShape(ctx: CodeContext, name: string): IrEnumShape | undefined {
  const s = ctx.plan.shapes.get(name);
  return s?.kind === "enum" ? s : undefined;
}

/** The conditions under which a number `x` breaks `type` (its type test first). */
function numberFails(type: IrType & { kind: "integer" | "long" | "float" | "double" }, x: Expr): Expr[] {
  const integer = type.kind === "integer" || type.kind === "long";
  const c = [typeofIsNot(x, "number"), b.not(staticCall("Number", integer ? "isInteger" : "isFinite", x))];
  if (type.minimum !== undefined) c.push(b.binary(x, "<", b.num(type.minimum)));
  if (type.maximum !== undefined) c.push(b.binary(x, ">", b.num(type.maximum)));
  for (const e of type.excluded ?? []) c.push(is(x, b.num(e)));
  return c;
}

/** `depth + 1` for a recursive call (1 at the top). */
const deeper = (depth: string | undefined): Expr => (depth === undefined ? b.num(1) : b.binary(b.id(depth), "+", b.num(1)));

/** Statements that `return false` when `x` (any value, possibly undefined) is not a valid `type`. */
export function checkValue(type: IrType, x: Expr, policy: Policy, ctx: CodeContext, depth: string | undefined): Stmt[] {
  switch (type.kind) {
    case "string":
      return [failIf(anyOf([typeofIsNot(x, "string"), ...stringRules(type, x, ctx).map((r) => r.fails)]))];
    case "integer":
    case "long":
    case "float":
    case "double":
      return [failIf(anyOf(numberFails(type, x)))];
    case "boolean":
      return [failIf(typeofIsNot(x, "boolean"))];
    case "timestamp": {
      const pattern = timestampPattern(type);
      if (pattern === undefined) return [failIf(anyOf([typeofIsNot(x, "number"), b.not(staticCall("Number", "isFinite", x))]))];
      return [failIf(anyOf([typeofIsNot(x, "string"), b.not(b.call(b.member(ctx.regex(pattern), "test"), [x]))]))];
    }
    case "ref": {
      if (enumShape(ctx, type.name)) return [failIf(b.not(b.call(b.id(enumCheckFn(type.name)), [x])))];
      const args = ctx.plan.recursive.has(type.name) ? [x, deeper(depth)] : [x];
      return [failIf(b.not(b.call(b.id(checkFn(type.name, policy)), args)))];
    }
    case "list": {
      const i = ctx.fresh("i");
      const y = ctx.fresh("x");
      const c = [b.not(staticCall("Array", "isArray", x))];
      if (type.minItems !== undefined && type.minItems > 0) c.push(b.binary(lengthOf(x), "<", b.num(type.minItems)));
      // The validator's own bound applies where the shape declares none smaller.
      c.push(b.binary(lengthOf(x), ">", type.maxItems !== undefined && type.maxItems <= MAX_ITEMS ? b.num(type.maxItems) : ctx.runtime("MAX_ITEMS")));
      return [
        failIf(anyOf(c)),
        b.forStmt(b.variable("let", i, b.num(0)), b.binary(b.id(i), "<", lengthOf(x)), b.update("++", b.id(i)), [
          constant(y, b.index(x, b.id(i))),
          ...checkValue(type.items, b.id(y), policy, ctx, depth),
        ]),
      ];
    }
    case "map": {
      const k = ctx.fresh("k");
      const y = ctx.fresh("x");
      const counted = type.minEntries !== undefined || type.maxEntries !== undefined;
      const n = counted ? ctx.fresh("n") : "";
      const out: Stmt[] = [failIf(notObject(x))];
      if (counted) out.push(mutable(n, b.num(0)));
      out.push(
        b.forIn(k, x, [
          when(b.not(hasOwnCall(x, b.id(k))), [b.continueStmt]),
          ...keyCheck(type.key, b.id(k), ctx),
          constant(y, b.index(x, b.id(k))),
          ...checkValue(type.value, b.id(y), policy, ctx, depth),
          ...(counted ? [increment(n)] : []),
        ]),
      );
      const c: Expr[] = [];
      if (type.minEntries !== undefined && type.minEntries > 0) c.push(b.binary(b.id(n), "<", b.num(type.minEntries)));
      if (type.maxEntries !== undefined) c.push(b.binary(b.id(n), ">", b.num(type.maxEntries)));
      if (c.length) out.push(failIf(anyOf(c)));
      return out;
    }
  }
}

function keyCheck(key: IrType, k: Expr, ctx: CodeContext): Stmt[] {
  if (key.kind === "ref") return [failIf(b.not(b.call(b.id(enumCheckFn(key.name)), [k])))];
  if (key.kind !== "string") return [];
  const rules = stringRules(key, k, ctx);
  return rules.length ? [failIf(anyOf(rules.map((r) => r.fails)))] : [];
}

/** `function c$Name$r(o[, d])`: true when `o` is a valid structure under `policy`. */
export function structureCheckFunction(variant: ShapeVariant, ctx: CodeContext): Stmt {
  const { shape, policy } = variant;
  ctx.resetLocals();
  const recursive = ctx.plan.recursive.has(shape.name);
  const depth = recursive ? "d" : undefined;
  const body: Stmt[] = [];
  if (recursive) body.push(failIf(b.binary(b.id("d"), ">", ctx.runtime("MAX_DEPTH"))));
  body.push(...structureCheckBody(shape, b.id("o"), policy, ctx, depth, 0), b.ret(b.bool(true)));
  const params = recursive ? [b.param("o"), b.param("d")] : [b.param("o")];
  return b.fn(checkFn(shape.name, policy), params, body);
}

/** How many levels of members' structures are written inline rather than called. */
export const INLINE_LEVELS = 3;

/** Statements that `return false` unless `o` is a valid `shape`; inlined for members' non-recursive structures. */
function structureCheckBody(shape: IrStructureShape, o: Expr, policy: Policy, ctx: CodeContext, depth: string | undefined, level: number): Stmt[] {
  const out: Stmt[] = [failIf(notObject(o))];
  const reject = policy === "reject";
  const required = shape.members.filter((m) => m.required).length;
  const optional = shape.members.length - required;
  const n = ctx.fresh("n");
  if (reject && optional > 0) out.push(mutable(n, b.num(required)));
  for (const m of shape.members) out.push(...memberCheck(m, o, policy, ctx, depth, reject && optional > 0 ? n : undefined, level));
  if (reject) {
    // Counting own keys is cheaper than naming each; only a mismatch pays for the by-name scan.
    const c = ctx.fresh("c");
    const expected = optional > 0 ? b.id(n) : b.num(required);
    out.push(
      mutable(c, b.num(0)),
      b.forIn("_k", o, [increment(c)]),
      failIf(b.binary(isNot(b.id(c), expected), "&&", b.not(b.call(b.id(knownOnlyFn(shape.name)), [o])))),
    );
  }
  return out;
}

function memberCheck(m: IrMember, o: Expr, policy: Policy, ctx: CodeContext, depth: string | undefined, counter: string | undefined, level: number): Stmt[] {
  const v = ctx.fresh("m");
  const read = constant(v, memberRead(o, m.name));
  const target = m.type.kind === "ref" ? ctx.plan.shapes.get(m.type.name) : undefined;
  const body =
    target?.kind === "structure" && !ctx.plan.recursive.has(target.name) && level < INLINE_LEVELS
      ? structureCheckBody(target, b.id(v), policy, ctx, depth, level + 1)
      : checkValue(m.type, b.id(v), policy, ctx, depth);
  if (m.required) return [read, failIf(is(b.id(v), undef)), ...body];
  return [read, when(isNot(b.id(v), undef), [...body, ...(counter ? [increment(counter)] : [])])];
}

/** Name of the by-name scan: true when every own key of `o` is a member of the shape. */
export function knownOnlyFn(name: string): string {
  return `k$${name}`;
}

/** `function k$Name(o)`: true when every own enumerable key of `o` names a member. */
export function knownOnlyFunction(name: string, members: readonly IrMember[]): Stmt {
  const loop: Stmt[] = [when(b.not(hasOwnCall(b.id("o"), b.id("k"))), [b.continueStmt])];
  if (members.length) {
    const cases = members.map((m, i) => ({ test: b.str(m.name), body: i === members.length - 1 ? [b.continueStmt] : [] }));
    loop.push(b.switchStmt(b.id("k"), cases));
  }
  loop.push(b.ret(b.bool(false)));
  return b.fn(knownOnlyFn(name), [b.param("o")], [b.forIn("k", b.id("o"), loop), b.ret(b.bool(true))]);
}

/** `function c$Enum(x)`: true for one of the enum's values. */
export function enumCheckFunction(shape: IrEnumShape): Stmt {
  const x = b.id("x");
  const test = shape.values.length ? b.chain("||", shape.values.map((v) => is(x, b.str(v.value)))) : b.bool(false);
  return b.fn(enumCheckFn(shape.name), [b.param("x")], [b.ret(test)]);
}
