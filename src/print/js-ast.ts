/**
 * The small syntax tree the JS/TS printer accepts. Emitters build it with the constructors in
 * js-build.ts and print it with `printModule` (js-statements.ts). A tree rather than raw Docs,
 * because prettier's layout decisions depend on what a node is (is the last argument an object?
 * is the right-hand side a string?), which a Doc no longer tells.
 */

import type { TypeNode } from "./ts-ast.js";

/** Binary and logical operators the printer supports (`**` is left out: prettier's parens for it are special). */
export type BinaryOperator =
  | "||"
  | "&&"
  | "??"
  | "|"
  | "^"
  | "&"
  | "=="
  | "!="
  | "==="
  | "!=="
  | "<"
  | ">"
  | "<="
  | ">="
  | "in"
  | "instanceof"
  | "<<"
  | ">>"
  | ">>>"
  | "+"
  | "-"
  | "*"
  | "/"
  | "%";

/** Prefix unary operators. */
export type UnaryOperator = "!" | "-" | "+" | "~" | "typeof" | "void" | "delete";

/** Assignment operators. */
export type AssignmentOperator = "=" | "+=" | "-=" | "*=" | "/=" | "%=" | "||=" | "&&=" | "??=" | "|=" | "&=";

/** A literal, already spelled (see literals.ts). */
export interface LiteralExpr {
  readonly kind: "literal";
  readonly type: "string" | "number" | "boolean" | "null" | "regex";
  readonly text: string;
}

/** A function parameter: `name`, `name = default`, `...name`, optionally typed (TS). */
export interface Param {
  readonly name: string;
  readonly defaultValue?: Expr;
  readonly rest?: boolean;
  readonly optional?: boolean;
  readonly type?: TypeNode;
}

/** A member of an object literal. */
export type ObjectMember =
  | { readonly kind: "property"; readonly key: string; readonly value: Expr; readonly doc?: string }
  | { readonly kind: "shorthand"; readonly name: string }
  | { readonly kind: "spread"; readonly argument: Expr }
  | {
      readonly kind: "method";
      readonly key: string;
      readonly params: readonly Param[];
      readonly body: readonly Stmt[];
      readonly async: boolean;
    };

/** An expression. */
export type Expr =
  | { readonly kind: "identifier"; readonly name: string }
  | { readonly kind: "this" }
  | LiteralExpr
  | { readonly kind: "object"; readonly members: readonly ObjectMember[]; readonly expanded: boolean }
  | { readonly kind: "array"; readonly elements: readonly Expr[] }
  | { readonly kind: "member"; readonly object: Expr; readonly name: string; readonly optional: boolean }
  | { readonly kind: "index"; readonly object: Expr; readonly index: Expr; readonly optional: boolean }
  | { readonly kind: "call"; readonly callee: Expr; readonly args: readonly Expr[]; readonly isNew: boolean }
  | { readonly kind: "unary"; readonly operator: UnaryOperator; readonly argument: Expr }
  | { readonly kind: "update"; readonly operator: "++" | "--"; readonly prefix: boolean; readonly argument: Expr }
  | { readonly kind: "binary"; readonly operator: BinaryOperator; readonly left: Expr; readonly right: Expr }
  | { readonly kind: "conditional"; readonly test: Expr; readonly consequent: Expr; readonly alternate: Expr }
  | {
      readonly kind: "arrow";
      readonly params: readonly Param[];
      readonly body: Expr | { readonly kind: "block"; readonly body: readonly Stmt[] };
      readonly async: boolean;
    }
  | { readonly kind: "spread"; readonly argument: Expr }
  | { readonly kind: "await"; readonly argument: Expr }
  | { readonly kind: "assign"; readonly operator: AssignmentOperator; readonly target: Expr; readonly value: Expr };

/** A block body (of an arrow function). */
export interface BlockBody {
  readonly kind: "block";
  readonly body: readonly Stmt[];
}

/** A member of a class body. */
export type ClassMember =
  | {
      readonly kind: "field";
      readonly name: string;
      readonly value?: Expr;
      readonly static?: boolean;
      readonly readonly?: boolean;
      readonly declare?: boolean;
      readonly optional?: boolean;
      readonly type?: TypeNode;
      readonly doc?: string;
    }
  | {
      readonly kind: "method";
      readonly name: string;
      readonly params: readonly Param[];
      /** Absent in a declaration (`.d.ts`): the signature ends with `;`. */
      readonly body?: readonly Stmt[];
      readonly static?: boolean;
      readonly async?: boolean;
      readonly returnType?: TypeNode;
      readonly doc?: string;
    }
  | { readonly kind: "blank" };

/** One `case`/`default` clause; `test` undefined is `default`. */
export interface SwitchCase {
  readonly test?: Expr;
  readonly body: readonly Stmt[];
}

/** An import or export specifier: `name`, `name as alias`, `type name`. */
export interface Specifier {
  readonly name: string;
  readonly alias?: string;
  readonly typeOnly?: boolean;
}

/** A statement (TypeScript declarations included). */
export type Stmt =
  | { readonly kind: "expression"; readonly expression: Expr }
  | {
      readonly kind: "variable";
      readonly declaration: "const" | "let" | "var";
      readonly name: string;
      readonly init?: Expr;
      readonly type?: TypeNode;
      readonly exported?: boolean;
      readonly declare?: boolean;
    }
  | {
      readonly kind: "function";
      readonly name: string;
      readonly params: readonly Param[];
      readonly body?: readonly Stmt[];
      readonly async?: boolean;
      readonly exported?: boolean;
      readonly declare?: boolean;
      readonly returnType?: TypeNode;
    }
  | {
      readonly kind: "class";
      readonly name: string;
      readonly superClass?: Expr;
      readonly members: readonly ClassMember[];
      readonly exported?: boolean;
      readonly declare?: boolean;
    }
  | { readonly kind: "if"; readonly test: Expr; readonly consequent: Stmt; readonly alternate?: Stmt }
  | { readonly kind: "block"; readonly body: readonly Stmt[] }
  | {
      readonly kind: "for";
      readonly init?: Stmt;
      readonly test?: Expr;
      readonly update?: Expr;
      readonly body: readonly Stmt[];
    }
  | {
      readonly kind: "for-in" | "for-of";
      readonly declaration: "const" | "let";
      readonly name: string;
      readonly right: Expr;
      readonly body: readonly Stmt[];
    }
  | { readonly kind: "switch"; readonly discriminant: Expr; readonly cases: readonly SwitchCase[] }
  | { readonly kind: "return"; readonly argument?: Expr }
  | { readonly kind: "throw"; readonly argument: Expr }
  | { readonly kind: "break" }
  | { readonly kind: "continue" }
  | {
      readonly kind: "try";
      readonly block: readonly Stmt[];
      readonly param?: string;
      readonly handler?: readonly Stmt[];
      readonly finalizer?: readonly Stmt[];
    }
  | {
      readonly kind: "import";
      readonly typeOnly: boolean;
      readonly defaultName?: string;
      readonly namespace?: string;
      readonly specifiers?: readonly Specifier[];
      readonly source: string;
    }
  | {
      readonly kind: "export";
      readonly typeOnly: boolean;
      /** Undefined: `export *`. */
      readonly specifiers?: readonly Specifier[];
      readonly namespace?: string;
      readonly source?: string;
    }
  | { readonly kind: "interface"; readonly name: string; readonly extends: readonly TypeNode[]; readonly members: readonly import("./ts-ast.js").TypeMember[]; readonly exported?: boolean }
  | { readonly kind: "type-alias"; readonly name: string; readonly type: TypeNode; readonly exported?: boolean; readonly declare?: boolean }
  | { readonly kind: "doc"; readonly text: string; readonly statement: Stmt }
  | { readonly kind: "line-comment"; readonly text: string }
  | { readonly kind: "blank" };
