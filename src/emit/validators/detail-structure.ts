/**
 * The reporting half, for structures: `function v$Name$r(o, d, ps, f[, r])`
 * pushes every problem of `o` (PATH[0 .. d) holds its path; `r` is the
 * nesting depth of a recursive shape). It starts with member `f`: a public
 * validator passes the member its check failed at (everything before it
 * passed, so is only counted), a nested call 0. A member's non-recursive structure is
 * written inline up to INLINE_LEVELS deep, as ajv inlines its `$ref`s: no
 * call into a function too large for V8 to inline.
 */
import type { IrMember } from "../../ir/types.js";
import { MAX_DEPTH } from "../../runtime/validation/validation.js";
import { b, isNot, notObject, undef, when, type Expr, type Stmt } from "./code.js";
import { inlined } from "./check-code.js";
import type { CodeContext } from "./context.js";
import { detailValue, typed } from "./detail-code.js";
import { maxDepthText, REQUIRED_TEXT, TYPE_TEXT, unknownMemberText } from "./messages.js";
import { descend, memberToken, pathExpr, report, type Location } from "./paths.js";
import { gather, unknownKeys } from "./gather.js";
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
  const params = ["o", "d", "ps", "f", ...(recursive ? ["r"] : [])].map((p) => b.param(p));
  return b.fn(detailFn(variant), params, body);
}

/** The problems of structure `o`, whose path is PATH[0 .. d + depth): its type, its members, its unknown members. */
function structureDetailBody(variant: ShapeVariant, o: Expr, depth: number, ctx: CodeContext, rec: string | undefined, level: number): Stmt[] {
  const read = gather(variant, o, ctx);
  const rest: Stmt[] = [...read.statements];
  variant.members.forEach((m, i) => rest.push(...memberDetail(m, i, read.locals[i]!, depth, variant.form, ctx, rec, level)));
  if (read.unknown) {
    // Named in a second pass, in key order, only when there are any.
    const k = ctx.fresh("k");
    const at = pathExpr({ depth, leaf: b.call(ctx.runtime("keyToken"), [b.id(k)]) }, ctx);
    rest.push(when(isNot(b.id(read.unknown), b.num(0)), [unknownKeys(variant, o, k, [report(at, "unknownMember", unknownMemberText(variant.title), ctx)])]));
  }
  return typed(notObject(o), pathExpr({ depth }, ctx), TYPE_TEXT.object, rest, ctx);
}

function memberDetail(m: IrMember, index: number, v: string, depth: number, form: Form, ctx: CodeContext, rec: string | undefined, level: number): Stmt[] {
  const name = memberName(m, form);
  const loc: Location = { depth, leaf: memberToken(name) };
  const nested = inlined(m, form, ctx, level);
  const check: Stmt[] = [];
  if (nested) {
    const childDepth = descend(loc, check, ctx);
    check.push(...structureDetailBody(nested, b.id(v), childDepth, ctx, rec, level + 1));
  } else check.push(...detailValue(m.type, b.id(v), loc, { ...form, body: false, wire: form.wire || form.body }, ctx, rec, true));
  // The function's own members before `f` passed the check: not walked again.
  const body = level === 0 && index > 0 ? [when(b.binary(b.id("f"), "<=", b.num(index)), check)] : check;
  if (m.required) {
    const otherwise = body.length === 1 && body[0]!.kind === "if" ? body[0] : body;
    return [b.ifStmt(b.binary(b.id(v), "===", undef), [report(pathExpr(loc, ctx), "required", REQUIRED_TEXT, ctx)], otherwise)];
  }
  return [when(isNot(b.id(v), undef), body)];
}
