/**
 * The reporting half, for values: statements that push every problem of a
 * value, with its JSON pointer, rule and message, in one walk (paths are
 * joined only where a problem is pushed, see paths.ts). Structures are in
 * detail-structure.ts.
 */
import type { IrStringType, IrType } from "../../ir/types.js";
import { MAX_ITEMS } from "../../runtime/shared/validation.js";
import { b, constant, hasOwnCall, increment, lengthOf, mutable, notObject, staticCall, typeofIsNot, when, type Expr, type Stmt } from "./code.js";
import { enumShape } from "./check-code.js";
import type { CodeContext } from "./context.js";
import { timestampCheck } from "./formats.js";
import { entriesText, enumText, itemsLimitText, itemsText, lengthText, patternText, rangeText, timestampFormatText, TYPE_TEXT, valuesText } from "./messages.js";
import { depthExpr, descend, pathExpr, reportIf, report, type Location } from "./paths.js";
import { checkFn, detailFn, enumCheckFn, type Form } from "./plan.js";
import { allowedValues, effective } from "./rules.js";
import { stringRules, valuesFail } from "./string-rules.js";

/** Problems of string `x` at `path` against `t`'s rules; a map key's are rule `mapKey`, text `key …`. */
function stringProblems(t: IrStringType, x: Expr, path: Expr, ctx: CodeContext, asKey = false): Stmt[] {
  const prefix = asKey ? "key " : "";
  const values = allowedValues(t);
  const out = values ? [reportIf(valuesFail(x, values), path, asKey ? "mapKey" : "enum", prefix + valuesText(values), ctx)] : [];
  const text = (rule: string) => (rule === "pattern" ? patternText(t.pattern!) : lengthText(t));
  for (const r of stringRules(t, x, ctx)) out.push(reportIf(r.fails, path, asKey ? "mapKey" : r.rule, prefix + text(r.rule), ctx));
  return out;
}

/** `if (<wrong type>) { <type problem> } else { <rest> }`. */
export function typed(test: Expr, path: Expr, text: string, rest: Stmt[], ctx: CodeContext): Stmt[] {
  // A lone `if` after `else` reads as `else if`.
  const otherwise = rest.length === 1 && rest[0]!.kind === "if" ? rest[0] : rest.length ? rest : undefined;
  return [b.ifStmt(test, [report(path, "type", text, ctx)], otherwise)];
}

/** `depth + 1` for a recursive call (1 at the top). */
const deeper = (rec: string | undefined): Expr => (rec === undefined ? b.num(1) : b.binary(b.id(rec), "+", b.num(1)));

/**
 * Statements that push every problem of `x` (not undefined) against `type`;
 * `x` sits at `loc`. `member`: `x` is a member's value, whose structure is
 * walked directly (a list item's or map value's gets the pass/fail check
 * first, which V8 inlines, so valid elements cost no PATH write).
 */
export function detailValue(irType: IrType, x: Expr, loc: Location, form: Form, ctx: CodeContext, rec: string | undefined, member = false, start?: Expr): Stmt[] {
  const type = effective(irType, form.lenient);
  const path = pathExpr(loc, ctx);
  switch (type.kind) {
    case "string":
      return typed(typeofIsNot(x, "string"), path, TYPE_TEXT.string, stringProblems(type, x, path, ctx), ctx);
    case "integer":
    case "long":
    case "float":
    case "double": {
      const integer = type.kind === "integer" || type.kind === "long";
      const text = rangeText(type);
      const rest: Stmt[] = [];
      if (type.minimum !== undefined) rest.push(reportIf(b.binary(x, "<", b.num(type.minimum)), path, "minimum", text, ctx));
      if (type.maximum !== undefined) rest.push(reportIf(b.binary(x, ">", b.num(type.maximum)), path, "maximum", text, ctx));
      if (type.excluded?.length) rest.push(reportIf(b.chain("||", type.excluded.map((e) => b.binary(x, "===", b.num(e)))), path, "excluded", text, ctx));
      const wrong = b.binary(typeofIsNot(x, "number"), "||", b.not(staticCall("Number", integer ? "isInteger" : "isFinite", x)));
      return typed(wrong, path, integer ? TYPE_TEXT.integer : TYPE_TEXT.number, rest, ctx);
    }
    case "boolean":
      return typed(typeofIsNot(x, "boolean"), path, TYPE_TEXT.boolean, [], ctx);
    case "timestamp": {
      const format = timestampCheck(type);
      if (format.kind === "number") return typed(b.binary(typeofIsNot(x, "number"), "||", b.not(staticCall("Number", "isFinite", x))), path, TYPE_TEXT.number, [], ctx);
      const ok = format.kind === "date-time" ? b.call(ctx.runtime("isDateTime"), [x]) : ctx.matches(format.pattern, x);
      const bad = b.not(ok);
      return typed(typeofIsNot(x, "string"), path, TYPE_TEXT.string, [reportIf(bad, path, "format", timestampFormatText(type), ctx)], ctx);
    }
    case "ref": {
      const e = enumShape(ctx, type.name);
      if (e) return typed(typeofIsNot(x, "string"), path, TYPE_TEXT.string, [reportIf(b.not(b.call(b.id(enumCheckFn(e.name)), [x])), path, "enum", enumText(e), ctx)], ctx);
      const recursion = ctx.plan.recursive.has(type.name) ? deeper(rec) : undefined;
      const out: Stmt[] = [];
      const childDepth = depthExpr(descend(loc, out, ctx));
      const variant = ctx.plan.variantOf(type.name, form);
      out.push(b.exprStmt(b.call(b.id(detailFn(variant)), [x, childDepth, b.id("ps"), ...(recursion ? [recursion] : [])])));
      if (member) return out;
      return [when(b.not(b.call(b.id(checkFn(variant)), [x, ...(recursion ? [recursion] : [])])), out)];
    }
    case "list":
      return listProblems(type, x, loc, path, form, ctx, rec, start);
    case "map":
      return mapProblems(type, x, loc, path, form, ctx, rec, start);
  }
}

/** `start`: where a report resumes, the items before it having passed the check. */
function listProblems(type: IrType & { kind: "list" }, x: Expr, loc: Location, path: Expr, form: Form, ctx: CodeContext, rec: string | undefined, start?: Expr): Stmt[] {
  const i = ctx.fresh("i");
  const y = ctx.fresh("x");
  const rest: Stmt[] = [];
  if (type.minItems !== undefined && type.minItems > 0) rest.push(reportIf(b.binary(lengthOf(x), "<", b.num(type.minItems)), path, "minItems", itemsText(type), ctx));
  const ownBound = type.maxItems !== undefined && type.maxItems <= MAX_ITEMS;
  if (ownBound) rest.push(reportIf(b.binary(lengthOf(x), ">", b.num(type.maxItems!)), path, "maxItems", itemsText(type), ctx));
  const loop: Stmt[] = [];
  const itemDepth = descend(loc, loop, ctx);
  const more = b.binary(b.binary(b.id(i), "<", lengthOf(x)), "&&", b.binary(b.member(b.id("ps"), "length"), "<=", ctx.runtime("MAX_PROBLEMS")));
  loop.push(
    b.forStmt(b.variable("let", i, start ?? b.num(0)), more, b.update("++", b.id(i)), [
      constant(y, b.index(x, b.id(i))),
      ...detailValue(type.items, b.id(y), { depth: itemDepth, leaf: b.id(i), leafIndex: true }, form, ctx, rec),
    ]),
  );
  if (!ownBound) {
    const tooLong = b.binary(lengthOf(x), ">", ctx.runtime("MAX_ITEMS"));
    rest.push(b.ifStmt(tooLong, [report(path, "maxItems", itemsLimitText(MAX_ITEMS), ctx)], loop));
  } else rest.push(...loop);
  return typed(b.not(staticCall("Array", "isArray", x)), path, TYPE_TEXT.array, rest, ctx);
}

/** `start`: where a report resumes, the entries before it (in key order) having passed the check. */
function mapProblems(type: IrType & { kind: "map" }, x: Expr, loc: Location, path: Expr, form: Form, ctx: CodeContext, rec: string | undefined, start?: Expr): Stmt[] {
  const k = ctx.fresh("k");
  const y = ctx.fresh("x");
  const counted = type.minEntries !== undefined || type.maxEntries !== undefined;
  const n = counted ? ctx.fresh("n") : "";
  const rest: Stmt[] = counted ? [mutable(n, b.num(0))] : [];
  const entry: Location = { depth: descend(loc, rest, ctx), leaf: b.call(ctx.runtime("keyToken"), [b.id(k)]) };
  const keyPath = pathExpr(entry, ctx);
  const body: Stmt[] = [when(b.not(hasOwnCall(x, b.id(k))), [b.continueStmt])];
  if (counted) body.push(increment(n));
  if (start) {
    const from = ctx.fresh("s");
    const e = ctx.fresh("e");
    rest.push(b.variable("const", from, start), mutable(e, b.num(0)));
    body.push(when(b.binary(b.update("++", b.id(e)), "<", b.id(from)), [b.continueStmt]));
  }
  body.push(when(b.binary(b.member(b.id("ps"), "length"), ">", ctx.runtime("MAX_PROBLEMS")), [b.continueStmt]));
  if (type.key.kind === "ref") {
    const e = enumShape(ctx, type.key.name);
    if (e) body.push(reportIf(b.not(b.call(b.id(enumCheckFn(e.name)), [b.id(k)])), keyPath, "mapKey", `key ${enumText(e)}`, ctx));
  } else if (type.key.kind === "string") body.push(...stringProblems(effective(type.key, form.lenient), b.id(k), keyPath, ctx, true));
  body.push(constant(y, b.index(x, b.id(k))), ...detailValue(type.value, b.id(y), entry, form, ctx, rec));
  rest.push(b.forIn(k, x, body));
  if (type.minEntries !== undefined && type.minEntries > 0) rest.push(reportIf(b.binary(b.id(n), "<", b.num(type.minEntries)), path, "minEntries", entriesText(type), ctx));
  if (type.maxEntries !== undefined) rest.push(reportIf(b.binary(b.id(n), ">", b.num(type.maxEntries)), path, "maxEntries", entriesText(type), ctx));
  return typed(notObject(x), path, TYPE_TEXT.object, rest, ctx);
}
