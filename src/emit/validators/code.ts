/**
 * Small JavaScript building blocks the validator code is made of, on top of
 * the printer's syntax tree (src/print/js-build.ts): type tests, member
 * reads, `if (…) { … }` with the braces the printer requires.
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

/** `if (test) { body }`, with an optional `else { … }` (or `else if`). */
export function when(test: Expr, body: readonly Stmt[], otherwise?: readonly Stmt[] | Stmt): Stmt {
  return b.ifStmt(test, body, otherwise);
}

/** `if (test) { return false; }`: the pass/fail checks' one way out. */
export const failIf = (test: Expr): Stmt => when(test, [b.ret(b.bool(false))]);

/** The conditions joined by `||` (a single one as itself). */
export const anyOf = (conds: readonly Expr[]): Expr => b.chain("||", conds);

/** `const name = init;` */
export const constant = (name: string, init: Expr): Stmt => b.variable("const", name, init);

/** `let name = init;` */
export const mutable = (name: string, init: Expr): Stmt => b.variable("let", name, init);

/** `name++;` */
export const increment = (name: string): Stmt => b.exprStmt(b.update("++", b.id(name)));

/** Property names JavaScript would not let `o.name` read (they need `o["name"]`). */
const DOT_NAME = /^[$_\p{ID_Start}][$\u200C\u200D\p{ID_Continue}]*$/u;

/** `o.name`, or `o["name"]` where the name is not an identifier. */
export function property(o: Expr, name: string): Expr {
  return DOT_NAME.test(name) ? b.member(o, name) : b.index(o, b.str(name));
}

/**
 * `Object.prototype` names: a plain read would find the inherited value
 * (`o.constructor` is `Object` for `{}`), so these are read only when own.
 */
const PROTOTYPE_NAMES: ReadonlySet<string> = new Set([
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
  "__proto__",
  "constructor",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "toString",
  "valueOf",
]);

/** An expression reading member `name` of `o`: ordinary property access, own only for `Object.prototype` names. */
export function memberRead(o: Expr, name: string): Expr {
  return PROTOTYPE_NAMES.has(name) ? b.conditional(hasOwnCall(o, b.str(name)), property(o, name), undef) : property(o, name);
}
