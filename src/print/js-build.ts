/**
 * Constructors for the JS syntax tree (js-ast.ts). They validate what the printer cannot print
 * faithfully (invalid identifiers, non-finite numbers) so that mistakes surface at build time.
 */

import type {
  AssignmentOperator,
  BinaryOperator,
  ClassMember,
  Expr,
  ObjectMember,
  Param,
  Specifier,
  Stmt,
  SwitchCase,
  UnaryOperator,
} from "./js-ast.js";
import { numberLiteral, regexLiteral, stringLiteral } from "./literals.js";
import type { TypeMember, TypeNode } from "./ts-ast.js";

const IDENTIFIER = /^[$_\p{ID_Start}][$\u200C\u200D\p{ID_Continue}]*$/u;
const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "yield let static implements interface package private protected public await"
  ).split(" "),
);

/** Throws unless `name` can be used as a variable / binding name. */
export function checkIdentifier(name: string): string {
  if (!IDENTIFIER.test(name) || RESERVED.has(name)) throw new Error(`not a usable identifier: ${JSON.stringify(name)}`);
  return name;
}

/** An identifier reference (`undefined` included). */
export const id = (name: string): Expr => ({ kind: "identifier", name: checkIdentifier(name) });
/** `this`. */
export const thisExpr: Expr = { kind: "this" };
/** A string literal. */
export const str = (value: string): Expr => ({ kind: "literal", type: "string", text: stringLiteral(value) });
/** A number literal (a negative number prints as `-n`). */
export const num = (value: number): Expr => ({ kind: "literal", type: "number", text: numberLiteral(value) });
/** `true` / `false`. */
export const bool = (value: boolean): Expr => ({ kind: "literal", type: "boolean", text: String(value) });
/** `null`. */
export const nullLiteral: Expr = { kind: "literal", type: "null", text: "null" };
/** A regular expression literal. */
export const regex = (source: string, flags = ""): Expr => ({ kind: "literal", type: "regex", text: regexLiteral(source, flags) });

/** An object literal; `expanded` prints it one member per line whatever its width. */
export const object = (members: readonly ObjectMember[], expanded = false): Expr => ({ kind: "object", members, expanded });
/** `key: value` (the key is quoted only when needed). */
export const prop = (key: string, value: Expr, doc?: string): ObjectMember => ({ kind: "property", key, value, doc });
/** `{ name }`. */
export const shorthand = (name: string): ObjectMember => ({ kind: "shorthand", name: checkIdentifier(name) });
/** `...argument` in an object. */
export const spreadMember = (argument: Expr): ObjectMember => ({ kind: "spread", argument });
/** `key(params) { body }` in an object. */
export const objectMethod = (key: string, params: readonly Param[], body: readonly Stmt[], async = false): ObjectMember => ({
  kind: "method",
  key,
  params,
  body,
  async,
});
/** An array literal. */
export const array = (elements: readonly Expr[]): Expr => ({ kind: "array", elements });
/** `object.name` (or `object?.name`). */
export const member = (obj: Expr, name: string, optional = false): Expr => {
  if (!/^#?[$_\p{ID_Start}][$\u200C\u200D\p{ID_Continue}]*$/u.test(name)) throw new Error(`not a property name: ${name}`);
  return { kind: "member", object: obj, name, optional };
};
/** `object[index]` (or `object?.[index]`). */
export const index = (obj: Expr, idx: Expr, optional = false): Expr => ({ kind: "index", object: obj, index: idx, optional });
/** `callee(args)`. */
export const call = (callee: Expr, args: readonly Expr[] = []): Expr => ({ kind: "call", callee, args, isNew: false });
/** `new callee(args)`. */
export const newExpr = (callee: Expr, args: readonly Expr[] = []): Expr => ({ kind: "call", callee, args, isNew: true });
/** A prefix unary expression. */
export const unary = (operator: UnaryOperator, argument: Expr): Expr => ({ kind: "unary", operator, argument });
/** `!argument`. */
export const not = (argument: Expr): Expr => unary("!", argument);
/** `x++`, `--x`, ... */
export const update = (operator: "++" | "--", argument: Expr, prefix = false): Expr => ({ kind: "update", operator, prefix, argument });
/** Same-operator chains that mean the same however they are grouped. */
const ASSOCIATIVE: ReadonlySet<BinaryOperator> = new Set(["&&", "||", "??"]);

/**
 * A binary or logical expression. `a && (b && c)` is built as `(a && b) && c`:
 * the same value, and the grouping prettier lays out as a flat chain.
 */
export const binary = (left: Expr, operator: BinaryOperator, right: Expr): Expr => {
  if (ASSOCIATIVE.has(operator) && right.kind === "binary" && right.operator === operator) {
    return binary(binary(left, operator, right.left), operator, right.right);
  }
  return { kind: "binary", operator, left, right };
};
/** `a op b op c ...`, left-associated. */
export const chain = (operator: BinaryOperator, operands: readonly Expr[]): Expr => {
  const [first, ...rest] = operands;
  if (first === undefined) throw new Error("chain needs operands");
  return rest.reduce((left, right) => binary(left, operator, right), first);
};
/** `test ? consequent : alternate`. */
export const conditional = (test: Expr, consequent: Expr, alternate: Expr): Expr => ({ kind: "conditional", test, consequent, alternate });
/** `(params) => body`: an expression body, or statements for a block body. */
export const arrow = (params: readonly Param[], body: Expr | readonly Stmt[], async = false): Expr => ({
  kind: "arrow",
  params,
  body: Array.isArray(body) ? { kind: "block", body: body as readonly Stmt[] } : (body as Expr),
  async,
});
/** `...argument` in a call or array. */
export const spread = (argument: Expr): Expr => ({ kind: "spread", argument });
/** `await argument`. */
export const awaitExpr = (argument: Expr): Expr => ({ kind: "await", argument });
/** `target = value` (as an expression statement). */
export const assign = (target: Expr, value: Expr, operator: AssignmentOperator = "="): Expr => ({ kind: "assign", operator, target, value });

/** A parameter. */
export const param = (name: string, options: Omit<Param, "name"> = {}): Param => ({ name: checkIdentifier(name), ...options });

/** `expression;` */
export const exprStmt = (expression: Expr): Stmt => ({ kind: "expression", expression });
/** `const name = init;` (also `let`, `export`, typed, `declare`). */
export const variable = (
  declaration: "const" | "let" | "var",
  name: string,
  init?: Expr,
  options: { exported?: boolean; declare?: boolean; type?: TypeNode } = {},
): Stmt => ({ kind: "variable", declaration, name: checkIdentifier(name), init, ...options });
/** A function declaration (no body: a `declare function` / overload signature). */
export const fn = (
  name: string,
  params: readonly Param[],
  body: readonly Stmt[] | undefined,
  options: { async?: boolean; exported?: boolean; declare?: boolean; returnType?: TypeNode } = {},
): Stmt => ({ kind: "function", name: checkIdentifier(name), params, body, ...options });
/** A class declaration. */
export const cls = (
  name: string,
  members: readonly ClassMember[],
  options: { superClass?: Expr; exported?: boolean; declare?: boolean } = {},
): Stmt => ({ kind: "class", name: checkIdentifier(name), members, ...options });
/** A class field. */
export const field = (name: string, value?: Expr, options: Omit<ClassMember & { kind: "field" }, "kind" | "name" | "value"> = {}): ClassMember => ({
  kind: "field",
  name,
  value,
  ...options,
});
/** A class method or constructor (no body: a declaration signature). */
export const method = (
  name: string,
  params: readonly Param[],
  body: readonly Stmt[] | undefined,
  options: { static?: boolean; async?: boolean; returnType?: TypeNode; doc?: string } = {},
): ClassMember => ({ kind: "method", name, params, body, ...options });
/** `if (test) consequent else alternate`; arrays become blocks. */
export const ifStmt = (test: Expr, consequent: Stmt | readonly Stmt[], alternate?: Stmt | readonly Stmt[]): Stmt => ({
  kind: "if",
  test,
  consequent: toStatement(consequent),
  alternate: alternate === undefined ? undefined : toStatement(alternate),
});
/** `{ ... }`. */
export const block = (body: readonly Stmt[]): Stmt => ({ kind: "block", body });
function toStatement(s: Stmt | readonly Stmt[]): Stmt {
  return Array.isArray(s) ? block(s as readonly Stmt[]) : (s as Stmt);
}
/** `for (init; test; update) { body }`. */
export const forStmt = (init: Stmt | undefined, test: Expr | undefined, updateExpr: Expr | undefined, body: readonly Stmt[]): Stmt => ({
  kind: "for",
  init,
  test,
  update: updateExpr,
  body,
});
/** `for (const name in right) { body }`. */
export const forIn = (name: string, right: Expr, body: readonly Stmt[], declaration: "const" | "let" = "const"): Stmt => ({
  kind: "for-in",
  declaration,
  name: checkIdentifier(name),
  right,
  body,
});
/** `for (const name of right) { body }`. */
export const forOf = (name: string, right: Expr, body: readonly Stmt[], declaration: "const" | "let" = "const"): Stmt => ({
  kind: "for-of",
  declaration,
  name: checkIdentifier(name),
  right,
  body,
});
/** `switch (discriminant) { cases }`. */
export const switchStmt = (discriminant: Expr, cases: readonly SwitchCase[]): Stmt => ({ kind: "switch", discriminant, cases });
/** `return;` / `return argument;` */
export const ret = (argument?: Expr): Stmt => ({ kind: "return", argument });
/** `throw argument;` */
export const throwStmt = (argument: Expr): Stmt => ({ kind: "throw", argument });
/** `break;` */
export const breakStmt: Stmt = { kind: "break" };
/** `continue;` */
export const continueStmt: Stmt = { kind: "continue" };
/** `try { } catch (param) { } finally { }`. */
export const tryStmt = (blockBody: readonly Stmt[], handler?: { param?: string; body: readonly Stmt[] }, finalizer?: readonly Stmt[]): Stmt => ({
  kind: "try",
  block: blockBody,
  param: handler?.param,
  handler: handler?.body,
  finalizer,
});
/** `import { specifiers } from "source";` (`typeOnly`: `import type`). */
export const importNamed = (specifiers: readonly Specifier[], source: string, typeOnly = false): Stmt => ({
  kind: "import",
  typeOnly,
  specifiers,
  source,
});
/** `import * as namespace from "source";` */
export const importNamespace = (namespace: string, source: string): Stmt => ({ kind: "import", typeOnly: false, namespace, source });
/** `export { specifiers } from "source";` (no source: `export { ... };`). */
export const exportNamed = (specifiers: readonly Specifier[], source?: string, typeOnly = false): Stmt => ({
  kind: "export",
  typeOnly,
  specifiers,
  source,
});
/** `export * from "source";` (`export * as namespace from`). */
export const exportAll = (source: string, namespace?: string): Stmt => ({ kind: "export", typeOnly: false, source, namespace });
/** A statement with a JSDoc block before it. */
export const withDoc = (text: string, statement: Stmt): Stmt => ({ kind: "doc", text, statement });
/** A `//` comment line. */
export const comment = (text: string): Stmt => ({ kind: "line-comment", text });
/** An empty line between statements (or class / interface members). */
export const blank = { kind: "blank" } as const;

/** `interface name extends ... { members }`. */
export const interfaceDecl = (name: string, members: readonly TypeMember[], options: { extends?: readonly TypeNode[]; exported?: boolean } = {}): Stmt => ({
  kind: "interface",
  name: checkIdentifier(name),
  members,
  extends: options.extends ?? [],
  exported: options.exported,
});
/** `type name = type;` */
export const typeAlias = (name: string, type: TypeNode, options: { exported?: boolean; declare?: boolean } = {}): Stmt => ({
  kind: "type-alias",
  name: checkIdentifier(name),
  type,
  ...options,
});
