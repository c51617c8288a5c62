/**
 * The reporting half, for structures. `function v$Name$r(o, d, ps[, r])`
 * pushes every problem of `o` (PATH[0 .. d) holds its path; `r` is the
 * nesting depth of a recursive shape). `function t$Name$r(o, f, m…, u)` is
 * where a public validator goes when its own check fails at member `f`: it
 * gets the members already read, reports from `f` on (the members before it
 * passed) and returns the result. A member's non-recursive structure is
 * written inline up to INLINE_LEVELS deep, as ajv inlines its `$ref`s: no
 * call into a function too large for V8 to inline.
 */
import type { IrMember } from "../../ir/types.js";
import { MAX_DEPTH } from "../../runtime/shared/validation.js";
import { b, isNot, notObject, undef, when, type Expr, type Stmt } from "./code.js";
import { inlined } from "./check-code.js";
import type { CodeContext } from "./context.js";
import { detailValue, typed } from "./detail-code.js";
import { maxDepthText, REQUIRED_TEXT, TYPE_TEXT, unknownMemberText } from "./messages.js";
import { descend, memberLocation, pathExpr, report, type Location } from "./paths.js";
import { gather, unknownKeys, type Gathered } from "./gather.js";
import { detailFn, memberName, reportFn, type Form, type ShapeVariant } from "./plan.js";

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

/**
 * The most members whose values a public validator hands to its report
 * function. Beyond it the report function reads them again (only a failing
 * value gets there): every failure site passing every member made the
 * output quadratic in a structure's size, and adding a member rewrote every
 * call.
 */
export const PASSED_MEMBERS_MAX = 8;

/** Whether the public validator of `variant` passes the members it read to its report function. */
export function passesMembers(variant: ShapeVariant): boolean {
  return variant.members.length <= PASSED_MEMBERS_MAX;
}

/** `function t$Name$r(o, f, g[, m…, u, w])`: the result of a public validator whose check failed at member `f` of `o`. */
export function reportFunction(variant: ShapeVariant, ctx: CodeContext): Stmt {
  ctx.resetLocals();
  const recursive = ctx.plan.recursive.has(variant.shape.name);
  const reject = variant.form.policy === "reject";
  const passed = passesMembers(variant);
  const read: Gathered = passed
    ? { statements: [], locals: variant.members.map(() => ctx.fresh("m")), unknown: reject ? ctx.fresh("u") : undefined, firstUnknown: reject ? ctx.fresh("w") : undefined }
    : gather(variant, b.id("o"), ctx);
  const body: Stmt[] = [b.variable("const", "d", b.num(0)), ...(recursive ? [b.variable("const", "r", b.num(0))] : []), ...read.statements];
  // `new Array()`, not `[]`: V8 grows an empty literal into an array of objects on a slow path.
  body.push(b.variable("const", "ps", b.newExpr(b.id("Array"))));
  // `d` is 0 here: paths made of member names are known while generating.
  ctx.known = new Map([[0, ""]]);
  try {
    body.push(...structureMembersDetail(variant, read, b.id("o"), 0, ctx, recursive ? "r" : undefined, 0, { top: true }));
  } finally {
    ctx.known = undefined;
  }
  // The check and this walk apply the same rules; only a value that changed
  // under the check (a getter) can leave nothing to report from `f` on.
  body.push(b.ret(b.conditional(b.binary(b.member(b.id("ps"), "length"), "===", b.num(0)), ctx.runtime("VALID"), b.call(ctx.runtime("invalid"), [b.id("ps")]))));
  const passedParams = passed ? [...read.locals, ...(read.unknown && read.firstUnknown ? [read.unknown, read.firstUnknown] : [])] : [];
  const params = ["o", "f", "g", ...passedParams].map((p) => b.param(p));
  return b.fn(reportFn(variant), params, body);
}

/** The problems of structure `o`, whose path is PATH[0 .. d + depth): its type, its members, its unknown members. */
function structureDetailBody(variant: ShapeVariant, o: Expr, depth: number, ctx: CodeContext, rec: string | undefined, level: number, resume: Resume = {}): Stmt[] {
  const read = gather(variant, o, ctx);
  const rest = [...read.statements, ...structureMembersDetail(variant, read, o, depth, ctx, rec, level, resume)];
  return typed(notObject(o), pathExpr({ depth }, ctx), TYPE_TEXT.object, rest, ctx);
}

/**
 * Where a report function resumes: at the top level (`top`), members before
 * `f` passed; in member `i`'s inline structure (`inside`), when `f` is `i`,
 * its members before `g` passed.
 */
interface Resume {
  top?: boolean;
  inside?: number;
}

/** The guard that skips member `k` of this level when it passed the check, if any. */
function skip(resume: Resume, k: number): Expr | undefined {
  if (resume.top) return b.binary(b.id("f"), "<=", b.num(k));
  if (resume.inside !== undefined) return b.binary(b.binary(b.id("f"), "<", b.num(resume.inside)), "||", b.binary(b.id("g"), "<=", b.num(k)));
  return undefined;
}

/** The problems of the members read into `read.locals`, then of the unknown keys; members that passed the check are skipped (`resume`). */
function structureMembersDetail(variant: ShapeVariant, read: Gathered, o: Expr, depth: number, ctx: CodeContext, rec: string | undefined, level: number, resume: Resume): Stmt[] {
  const out: Stmt[] = [];
  variant.members.forEach((m, i) => out.push(...memberDetail(m, i, read.locals[i]!, depth, variant.form, ctx, rec, level, resume)));
  if (read.unknown && read.firstUnknown) {
    // One unknown key was kept while reading; several are named in a second pass, in key order.
    const k = ctx.fresh("k");
    const at = (key: string) => pathExpr({ depth, leaf: b.call(ctx.runtime("keyToken"), [b.id(key)]) }, ctx);
    const text = unknownMemberText(variant.title);
    const one = report(at(read.firstUnknown), "unknownMember", text, ctx);
    const all = unknownKeys(variant, o, k, [report(at(k), "unknownMember", text, ctx)]);
    out.push(when(isNot(b.id(read.unknown), b.num(0)), [b.ifStmt(b.binary(b.id(read.unknown), "===", b.num(1)), [one], [all])]));
  }
  return out;
}

function memberDetail(m: IrMember, index: number, v: string, depth: number, form: Form, ctx: CodeContext, rec: string | undefined, level: number, resume: Resume): Stmt[] {
  const name = memberName(m, form);
  const loc: Location = memberLocation(depth, name);
  const nested = inlined(m, form, ctx, level);
  const check: Stmt[] = [];
  if (nested) {
    const childDepth = descend(loc, check, ctx);
    check.push(...structureDetailBody(nested, b.id(v), childDepth, ctx, rec, level + 1, resume.top ? { inside: index } : {}));
  } else {
    // A top-level list or map resumes at the item or entry its check failed at.
    const start = resume.top && (m.type.kind === "list" || m.type.kind === "map") ? b.conditional(b.binary(b.id("f"), "===", b.num(index)), b.id("g"), b.num(0)) : undefined;
    check.push(...detailValue(m.type, b.id(v), loc, { ...form, body: false, wire: form.wire || form.body }, ctx, rec, true, start));
  }
  // Members that passed the check are not walked again.
  const guard = skip(resume, index);
  const body = guard ? [when(guard, check)] : check;
  if (m.required) {
    const otherwise = body.length === 1 && body[0]!.kind === "if" ? body[0] : body;
    return [b.ifStmt(b.binary(b.id(v), "===", undef), [report(pathExpr(loc, ctx), "required", REQUIRED_TEXT, ctx)], otherwise)];
  }
  return [when(isNot(b.id(v), undef), body)];
}
