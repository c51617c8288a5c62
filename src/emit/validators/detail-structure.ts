/**
 * The reporting half, for structures: `function v$Name$r(o, d, ps[, r])`
 * pushes every problem of `o` (PATH[0 .. d) holds its path; `r` is the
 * nesting depth of a recursive shape). A member's non-recursive structure is
 * written inline up to INLINE_LEVELS deep, as ajv inlines its `$ref`s: no
 * call into a function too large for V8 to inline.
 */
import type { IrMember } from "../../ir/types.js";
import { MAX_DEPTH } from "../../runtime/validation/validation.js";
import { b, constant, hasOwnCall, increment, isNot, memberRead, mutable, notObject, undef, when, type Expr, type Stmt } from "./code.js";
import { inlined } from "./check-code.js";
import type { CodeContext } from "./context.js";
import { detailValue, typed } from "./detail-code.js";
import { maxDepthText, REQUIRED_TEXT, TYPE_TEXT, unknownMemberText } from "./messages.js";
import { descend, memberToken, pathExpr, report, type Location } from "./paths.js";
import { detailFn, memberName, type Form, type ShapeVariant } from "./plan.js";

export function structureDetailFunction(variant: ShapeVariant, ctx: CodeContext): Stmt {
  ctx.resetLocals();
  const recursive = ctx.plan.recursive.has(variant.shape.name);
  const rec = recursive ? "r" : undefined;
  const body: Stmt[] = [];
  if (recursive) {
    const self = pathExpr({ depth: 0 }, ctx);
    body.push(when(b.binary(b.id("r"), ">", ctx.runtime("MAX_DEPTH")), [report(self, "maxDepth", maxDepthText(MAX_DEPTH), ctx), b.ret()]));
  }
  body.push(...structureDetailBody(variant, b.id("o"), 0, ctx, rec, 0));
  const params = ["o", "d", "ps", ...(recursive ? ["r"] : [])].map((p) => b.param(p));
  return b.fn(detailFn(variant), params, body);
}

/** The problems of structure `o`, whose path is PATH[0 .. d + depth): its type, its members, its unknown members. */
function structureDetailBody(variant: ShapeVariant, o: Expr, depth: number, ctx: CodeContext, rec: string | undefined, level: number): Stmt[] {
  const reject = variant.form.policy === "reject";
  const n = ctx.fresh("n");
  const rest: Stmt[] = [];
  if (reject) rest.push(mutable(n, b.num(0)));
  for (const m of variant.members) rest.push(...memberDetail(m, o, depth, reject ? n : undefined, variant.form, ctx, rec, level));
  if (reject) rest.push(...unknownMembers(variant, o, depth, n, ctx));
  return typed(notObject(o), pathExpr({ depth }, ctx), TYPE_TEXT.object, rest, ctx);
}

/** As in the check: count own keys, and name the unknown ones only on a mismatch. */
function unknownMembers(variant: ShapeVariant, o: Expr, depth: number, n: string, ctx: CodeContext): Stmt[] {
  const c = ctx.fresh("c");
  const k = ctx.fresh("k");
  const scan: Stmt[] = [when(b.not(hasOwnCall(o, b.id(k))), [b.continueStmt])];
  const names = variant.members.map((m) => memberName(m, variant.form));
  if (names.length) scan.push(b.switchStmt(b.id(k), names.map((name, i) => ({ test: b.str(name), body: i === names.length - 1 ? [b.continueStmt] : [] }))));
  const at = pathExpr({ depth, leaf: b.call(ctx.runtime("keyToken"), [b.id(k)]) }, ctx);
  scan.push(report(at, "unknownMember", unknownMemberText(variant.title), ctx));
  return [mutable(c, b.num(0)), b.forIn("_k", o, [increment(c)]), when(isNot(b.id(c), b.id(n)), [b.forIn(k, o, scan)])];
}

function memberDetail(m: IrMember, o: Expr, depth: number, counter: string | undefined, form: Form, ctx: CodeContext, rec: string | undefined, level: number): Stmt[] {
  const v = ctx.fresh("m");
  const name = memberName(m, form);
  const loc: Location = { depth, leaf: memberToken(name) };
  const nested = inlined(m, form, ctx, level);
  const check: Stmt[] = [];
  if (nested) {
    const childDepth = descend(loc, check, ctx);
    check.push(...structureDetailBody(nested, b.id(v), childDepth, ctx, rec, level + 1));
  } else check.push(...detailValue(m.type, b.id(v), loc, { ...form, body: false, wire: form.wire || form.body }, ctx, rec, true));
  const body = [...(counter ? [increment(counter)] : []), ...check];
  const read = constant(v, memberRead(o, name));
  if (m.required) {
    const otherwise = body.length === 1 && body[0]!.kind === "if" ? body[0] : body;
    return [read, b.ifStmt(b.binary(b.id(v), "===", undef), [report(pathExpr(loc, ctx), "required", REQUIRED_TEXT, ctx)], otherwise)];
  }
  return [read, when(isNot(b.id(v), undef), body)];
}
