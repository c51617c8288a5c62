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
 * for the value a detail function was called with.
 */
export interface Location {
  depth: number;
  leaf?: Expr;
}

/** A member's PATH token, escaped at generation time: `"/name"` (`~` and `/` as `~0`, `~1`). */
export function memberToken(name: string): Expr {
  return b.str("/" + name.replace(/~/g, "~0").replace(/\//g, "~1"));
}

/** `d`, or `d + n`. */
export const depthExpr = (n: number): Expr => (n === 0 ? b.id("d") : b.binary(b.id("d"), "+", b.num(n)));

/** The JSON pointer of `loc`, joined at run time. */
export function pathExpr(loc: Location, ctx: CodeContext): Expr {
  const args = loc.leaf === undefined ? [depthExpr(loc.depth)] : [depthExpr(loc.depth), loc.leaf];
  return b.call(ctx.runtime("pathOf"), args);
}

/** Records `loc`'s own token in PATH (appending the statement to `out`) and returns the depth its children start at. */
export function descend(loc: Location, out: Stmt[], ctx: CodeContext): number {
  if (loc.leaf === undefined) return loc.depth;
  out.push(b.exprStmt(b.assign(b.index(ctx.runtime("PATH"), depthExpr(loc.depth)), loc.leaf)));
  return loc.depth + 1;
}

/** `ps.push(fault(<path>, "<rule>", ": <text>"));` */
export function report(path: Expr, rule: string, text: string, ctx: CodeContext): Stmt {
  return b.exprStmt(b.call(b.member(b.id("ps"), "push"), [b.call(ctx.runtime("fault"), [path, b.str(rule), b.str(`: ${text}`)])]));
}

/** `if (test) { ps.push(problem(...)); }` */
export function reportIf(test: Expr, path: Expr, rule: string, text: string, ctx: CodeContext): Stmt {
  return b.ifStmt(test, [report(path, rule, text, ctx)]);
}
