/**
 * Where a reported value sits, without building paths on the way down: each
 * level writes its reference token (a member's `"/name"`, a list index, a
 * map key's `keyToken(k)`) into the runtime's `PATH` array at its depth, and
 * a JSON pointer is joined (`pathOf`) only where a problem is reported.
 */
import { b, type Expr, type Stmt } from "./code.js";
import type { CodeContext } from "./context.js";

/**
 * PATH[0 .. d + depth) holds the value's ancestors' tokens, and `leaf` (a
 * member's token literal, an index variable, `keyToken(k)`) its own; no leaf
 * for the value a detail function was called with. `leafText`: the leaf's
 * token when it is known at generation time; `leafIndex`: the leaf is a
 * list index (a number).
 */
export interface Location {
  depth: number;
  leaf?: Expr;
  leafText?: string;
  leafIndex?: boolean;
}

/** A member's PATH token, escaped at generation time: `/name` (`~` and `/` as `~0`, `~1`). */
export function memberToken(name: string): string {
  return "/" + name.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** The location of member `name` of the value at `depth`. */
export function memberLocation(depth: number, name: string): Location {
  const token = memberToken(name);
  return { depth, leaf: b.str(token), leafText: token };
}

/** `d`, or `d + n`. */
export const depthExpr = (n: number): Expr => (n === 0 ? b.id("d") : b.binary(b.id("d"), "+", b.num(n)));

/** Path expressions whose value is known at generation time, with that value. */
const STATIC = new WeakMap<Expr, string>();

/**
 * The JSON pointer of `loc`. Joined at run time from PATH, except where the
 * code knows it: in a report function (`d` is 0) every token written so far
 * that is a member name is known (`ctx.known`), so the path is a literal or
 * one concatenation.
 */
export function pathExpr(loc: Location, ctx: CodeContext): Expr {
  const known = ctx.known?.get(loc.depth);
  if (known !== undefined) {
    if (loc.leaf === undefined || loc.leafText !== undefined) {
      const text = known + (loc.leafText ?? "");
      const literal = b.str(text);
      STATIC.set(literal, text);
      return literal;
    }
    const prefix = known + (loc.leafIndex ? "/" : "");
    return prefix === "" ? loc.leaf : b.binary(b.str(prefix), "+", loc.leaf);
  }
  const args = loc.leaf === undefined ? [depthExpr(loc.depth)] : [depthExpr(loc.depth), loc.leaf];
  return b.call(ctx.runtime("pathOf"), args);
}

/** Records `loc`'s own token in PATH (appending the statement to `out`) and returns the depth its children start at. */
export function descend(loc: Location, out: Stmt[], ctx: CodeContext): number {
  if (loc.leaf === undefined) return loc.depth;
  out.push(b.exprStmt(b.assign(b.index(ctx.runtime("PATH"), depthExpr(loc.depth)), loc.leaf)));
  if (ctx.known) {
    const known = ctx.known.get(loc.depth);
    if (known !== undefined && loc.leafText !== undefined) ctx.known.set(loc.depth + 1, known + loc.leafText);
    else ctx.known.delete(loc.depth + 1);
  }
  return loc.depth + 1;
}

/**
 * `ps.push(fault(<path>, "<rule>", ": <text>"));`, or where the path is
 * known at generation time the problem itself as a literal (message
 * included): no call, no concatenation.
 */
export function report(path: Expr, rule: string, text: string, ctx: CodeContext): Stmt {
  const known = STATIC.get(path);
  const problem =
    known === undefined
      ? b.call(ctx.runtime("fault"), [path, b.str(rule), b.str(`: ${text}`)])
      : b.object([b.prop("path", b.str(known)), b.prop("rule", b.str(rule)), b.prop("message", b.str(`${known === "" ? "(root)" : known}: ${text}`))]);
  return b.exprStmt(b.call(b.member(b.id("ps"), "push"), [problem]));
}

/** `if (test) { ps.push(problem(...)); }` */
export function reportIf(test: Expr, path: Expr, rule: string, text: string, ctx: CodeContext): Stmt {
  return b.ifStmt(test, [report(path, rule, text, ctx)]);
}
