/**
 * Small JavaScript building blocks the validator code is made of, on top of
 * the printer's syntax tree (src/print/js-build.ts): type tests, own-key
 * tests, `if (…) { … }` with the braces the printer requires.
 */
import * as b from "../../print/js-build.js";
import type { Expr, Stmt } from "../../print/js-ast.js";

export { b };
export type { Expr, Stmt };

/** `typeof x !== "<type>"`. */
export const typeofIsNot = (x: Expr, type: string): Expr => b.binary(b.unary("typeof", x), "!==", b.str(type));

/** `x === value` / `x !== value` for literals and names. */
export const is = (x: Expr, value: Expr): Expr => b.binary(x, "===", value);
export const isNot = (x: Expr, value: Expr): Expr => b.binary(x, "!==", value);

export const undef = b.id("undefined");

/** `Number.<name>(x)`, `Array.isArray(x)`. */
export const staticCall = (object: string, name: string, x: Expr): Expr => b.call(b.member(b.id(object), name), [x]);

/** Not a plain object: `typeof o !== "object" || o === null || Array.isArray(o)`. */
export const notObject = (o: Expr): Expr => b.chain("||", [typeofIsNot(o, "object"), is(o, b.nullLiteral), staticCall("Array", "isArray", o)]);

/** `hasOwn.call(o, k)` (the module's `const hasOwn = Object.prototype.hasOwnProperty`). */
export const hasOwnCall = (o: Expr, k: Expr): Expr => b.call(b.member(b.id("hasOwn"), "call"), [o, k]);

/** `x.length`. */
export const lengthOf = (x: Expr): Expr => b.member(x, "length");

/**
 * `if (test) { body }`, with an optional `else { … }` (or `else if`). With
 * no `else`, a body that is one `if` with no `else` joins the test:
 * `if (test && inner) { … }`, the same code in fewer lines.
 */
export function when(test: Expr, body: readonly Stmt[], otherwise?: readonly Stmt[] | Stmt): Stmt {
  const inner = body.length === 1 ? body[0]! : undefined;
  if (otherwise === undefined && inner?.kind === "if" && inner.alternate === undefined) return b.ifStmt(b.binary(test, "&&", inner.test), inner.consequent);
  return b.ifStmt(test, body, otherwise);
}

/** The conditions joined by `||` (a single one as itself). */
export const anyOf = (conds: readonly Expr[]): Expr => b.chain("||", conds);

/** `const name = init;` */
export const constant = (name: string, init: Expr): Stmt => b.variable("const", name, init);

/** `let name = init;` */
export const mutable = (name: string, init: Expr): Stmt => b.variable("let", name, init);

/** `name++;` */
export const increment = (name: string): Stmt => b.exprStmt(b.update("++", b.id(name)));
