/**
 * The pass/fail half: for each type, straight-line statements that
 * `return false` on the first broken rule. No allocation, no closures; this
 * is what `check<Name>` and `is<Name>` run, and what `validate<Name>` runs
 * first (a valid value never pays for the problem walk).
 */
import type { IrEnumShape, IrMember, IrType } from "../../ir/types.js";
import { MAX_ITEMS } from "../../runtime/shared/validation.js";
import {
  anyOf, b, constant, hasOwnCall, increment, is, isNot, lengthOf, mutable, notObject, staticCall, typeofIsNot, undef, when,
  type Expr, type Stmt,
} from "./code.js";
import type { CodeContext } from "./context.js";
import { timestampCheck } from "./formats.js";
import { gather, type Gathered } from "./gather.js";
import { checkFn, enumCheckFn, type Form, type ShapeVariant } from "./plan.js";
import { allowedValues, effective } from "./rules.js";
import { stringRules, valuesFail } from "./string-rules.js";

/** `if (test) { return false; }`, or the failure `ctx.onFail` gives for the current top-level member. */
function failIf(test: Expr, ctx: CodeContext): Stmt {
  return when(test, ctx.onFail ? ctx.onFail(ctx.member, ctx.sub) : [b.ret(b.bool(false))]);
}

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

/** The conditions under which string `x` breaks `type` (after its type test). */
function stringFails(type: IrType & { kind: "string" }, x: Expr, ctx: CodeContext): Expr[] {
  const values = allowedValues(type);
  return [...(values ? [valuesFail(x, values)] : []), ...stringRules(type, x, ctx).map((r) => r.fails)];
}

/** Statements that `return false` when `x` (any value, possibly undefined) is not a valid `type`. */
export function checkValue(irType: IrType, x: Expr, form: Form, ctx: CodeContext, depth: string | undefined, top = false): Stmt[] {
  const type = effective(irType, form.lenient);
  switch (type.kind) {
    case "string":
      return [failIf(anyOf([typeofIsNot(x, "string"), ...stringFails(type, x, ctx)]), ctx)];
    case "integer":
    case "long":
    case "float":
    case "double":
      return [failIf(anyOf(numberFails(type, x)), ctx)];
    case "boolean":
      return [failIf(typeofIsNot(x, "boolean"), ctx)];
    case "timestamp": {
      const format = timestampCheck(type);
      if (format.kind === "number") return [failIf(anyOf([typeofIsNot(x, "number"), b.not(staticCall("Number", "isFinite", x))]), ctx)];
      const ok = format.kind === "date-time" ? b.call(ctx.runtime("isDateTime"), [x]) : ctx.matches(format.pattern, x);
      return [failIf(anyOf([typeofIsNot(x, "string"), b.not(ok)]), ctx)];
    }
    case "ref": {
      if (enumShape(ctx, type.name)) return [failIf(b.not(b.call(b.id(enumCheckFn(type.name)), [x])), ctx)];
      const args = ctx.plan.recursive.has(type.name) ? [x, deeper(depth)] : [x];
      return [failIf(b.not(b.call(b.id(checkFn(ctx.plan.variantOf(type.name, form))), args)), ctx)];
    }
    case "list": {
      const i = ctx.fresh("i");
      const y = ctx.fresh("x");
      const c = [b.not(staticCall("Array", "isArray", x))];
      if (type.minItems !== undefined && type.minItems > 0) c.push(b.binary(lengthOf(x), "<", b.num(type.minItems)));
      // The validator's own bound applies where the shape declares none smaller.
      c.push(b.binary(lengthOf(x), ">", type.maxItems !== undefined && type.maxItems <= MAX_ITEMS ? b.num(type.maxItems) : ctx.runtime("MAX_ITEMS")));
      const fails = failIf(anyOf(c), ctx);
      // A top-level list's failing item is where the report resumes.
      const items = within(ctx, top ? b.id(i) : undefined, () => checkValue(type.items, b.id(y), form, ctx, depth));
      return [fails, b.forStmt(b.variable("let", i, b.num(0)), b.binary(b.id(i), "<", lengthOf(x)), b.update("++", b.id(i)), [constant(y, b.index(x, b.id(i))), ...items])];
    }
    case "map": {
      const k = ctx.fresh("k");
      const y = ctx.fresh("x");
      const counted = type.minEntries !== undefined || type.maxEntries !== undefined;
      const n = counted ? ctx.fresh("n") : "";
      const out: Stmt[] = [failIf(notObject(x), ctx)];
      if (counted) out.push(mutable(n, b.num(0)));
      // A top-level map's entries are counted, so that the report resumes at the failing one.
      const e = top ? ctx.fresh("e") : undefined;
      if (e) out.push(mutable(e, b.num(0)));
      const entry = within(ctx, e ? b.id(e) : undefined, () => [
        ...keyCheck(type.key, b.id(k), form, ctx),
        constant(y, b.index(x, b.id(k))),
        ...checkValue(type.value, b.id(y), form, ctx, depth),
      ]);
      out.push(
        b.forIn(k, x, [
          when(b.not(hasOwnCall(x, b.id(k))), [b.continueStmt]),
          ...entry,
          ...(counted ? [increment(n)] : []),
          ...(e ? [increment(e)] : []),
        ]),
      );
      const c: Expr[] = [];
      if (type.minEntries !== undefined && type.minEntries > 0) c.push(b.binary(b.id(n), "<", b.num(type.minEntries)));
      if (type.maxEntries !== undefined) c.push(b.binary(b.id(n), ">", b.num(type.maxEntries)));
      if (c.length) out.push(failIf(anyOf(c), ctx));
      return out;
    }
  }
}

/** Generates `build()` with `ctx.sub` at `sub` (when given), restoring it after. */
function within(ctx: CodeContext, sub: Expr | undefined, build: () => Stmt[]): Stmt[] {
  if (sub === undefined) return build();
  const saved = ctx.sub;
  ctx.sub = sub;
  try {
    return build();
  } finally {
    ctx.sub = saved;
  }
}

function keyCheck(irKey: IrType, k: Expr, form: Form, ctx: CodeContext): Stmt[] {
  if (irKey.kind === "ref") return [failIf(b.not(b.call(b.id(enumCheckFn(irKey.name)), [k])), ctx)];
  const key = effective(irKey, form.lenient);
  if (key.kind !== "string") return [];
  const fails = stringFails(key, k, ctx);
  return fails.length ? [failIf(anyOf(fails), ctx)] : [];
}

/** `function c$Name$r(o[, d])`: true when `o` is a valid structure in the variant's form. */
export function structureCheckFunction(variant: ShapeVariant, ctx: CodeContext): Stmt {
  ctx.resetLocals();
  const recursive = ctx.plan.recursive.has(variant.shape.name);
  const depth = recursive ? "d" : undefined;
  const body: Stmt[] = [];
  if (recursive) body.push(failIf(b.binary(b.id("d"), ">", ctx.runtime("MAX_DEPTH")), ctx));
  body.push(failIf(notObject(b.id("o")), ctx));
  const read = gather(variant, b.id("o"), ctx, [b.ret(b.bool(false))]);
  body.push(...read.statements, ...structureCheckMembers(variant, read, ctx, depth, 0));
  // `if (t) { return false; } return true;` ends as `return !t;`.
  const last = body[body.length - 1];
  const ok = last?.kind === "if" && !last.alternate && isReturnFalse(last.consequent) ? negated(last.test) : undefined;
  if (ok) body[body.length - 1] = b.ret(ok);
  else body.push(b.ret(b.bool(true)));
  const params = recursive ? [b.param("o"), b.param("d")] : [b.param("o")];
  return b.fn(checkFn(variant), params, body);
}

/** How many levels of members' structures are written inline rather than called. */
export const INLINE_LEVELS = 3;

/** The variant a member's non-recursive structure is inlined as, if it is inlined. */
export function inlined(m: IrMember, form: Form, ctx: CodeContext, level: number): ShapeVariant | undefined {
  if (m.type.kind !== "ref" || level >= INLINE_LEVELS || ctx.plan.recursive.has(m.type.name)) return undefined;
  if (ctx.plan.shapes.get(m.type.name)?.kind !== "structure") return undefined;
  return ctx.plan.variantOf(m.type.name, { ...form, body: false, wire: form.wire || form.body });
}

/** Statements that `return false` unless `o` is a valid structure of the variant; inlined for members' non-recursive structures. */
function structureCheckBody(variant: ShapeVariant, o: Expr, ctx: CodeContext, depth: string | undefined, level: number): Stmt[] {
  const read = gather(variant, o, ctx, ctx.onFail ? undefined : [b.ret(b.bool(false))]);
  return [failIf(notObject(o), ctx), ...read.statements, ...structureCheckMembers(variant, read, ctx, depth, level)];
}

/**
 * The checks of a structure's members, read into `read.locals`, in member
 * order, then of its unknown keys. At the top level each member's checks
 * fail with its index (`ctx.member`).
 */
export function structureCheckMembers(variant: ShapeVariant, read: Gathered, ctx: CodeContext, depth: string | undefined, level: number): Stmt[] {
  const out: Stmt[] = [];
  variant.members.forEach((m, i) => {
    if (level === 0) [ctx.member, ctx.sub] = [i, 0];
    if (level === 1) ctx.sub = i;
    out.push(...memberCheck(m, read.locals[i]!, variant.form, ctx, depth, level));
  });
  if (level === 0) [ctx.member, ctx.sub] = [variant.members.length, 0];
  if (level === 1) ctx.sub = variant.members.length;
  if (read.unknown) out.push(failIf(isNot(b.id(read.unknown), b.num(0)), ctx));
  return out;
}

function memberCheck(m: IrMember, v: string, form: Form, ctx: CodeContext, depth: string | undefined, level: number): Stmt[] {
  const nested = inlined(m, form, ctx, level);
  const below: Form = { ...form, body: false, wire: form.wire || form.body };
  const top = level === 0 && ctx.onFail !== undefined;
  const body = nested ? structureCheckBody(nested, b.id(v), ctx, depth, level + 1) : checkValue(m.type, b.id(v), below, ctx, depth, top);
  // An optional member's one test joins its presence test in `when`: `if (m !== undefined && …)`.
  if (!m.required) return [when(isNot(b.id(v), undef), body)];
  const missing = failIf(is(b.id(v), undef), ctx);
  // One test failing the way a missing member fails joins it: `if (m === undefined || …)`.
  const only = body.length === 1 && body[0]!.kind === "if" && !body[0]!.alternate ? body[0]! : undefined;
  if (only?.kind === "if" && JSON.stringify(only.consequent) === JSON.stringify(missing.kind === "if" && missing.consequent)) {
    return [b.ifStmt(b.binary(is(b.id(v), undef), "||", only.test), only.consequent)];
  }
  return [missing, ...body];
}

/** `return false;`, alone or as a block's one statement. */
function isReturnFalse(s: Stmt): boolean {
  const inner = s.kind === "block" && s.body.length === 1 ? s.body[0]! : s;
  return inner.kind === "return" && inner.argument?.kind === "literal" && inner.argument.type === "boolean" && inner.argument.text === "false";
}

/** `!test` where `test` is a strict (in)equality, turned around; else undefined. */
function negated(test: Expr): Expr | undefined {
  if (test.kind !== "binary" || (test.operator !== "===" && test.operator !== "!==")) return undefined;
  return b.binary(test.left, test.operator === "===" ? "!==" : "===", test.right);
}

/** `function c$Enum(x)`: true for one of the enum's values. */
export function enumCheckFunction(shape: IrEnumShape): Stmt {
  const x = b.id("x");
  const test = shape.values.length ? b.chain("||", shape.values.map((v) => is(x, b.str(v.value)))) : b.bool(false);
  return b.fn(enumCheckFn(shape.name), [b.param("x")], [b.ret(test)]);
}
