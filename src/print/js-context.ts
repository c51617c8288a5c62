/**
 * Where an expression sits. prettier's layout and parenthesisation of a node depend on its parent
 * (and sometimes grandparent); the printer passes this instead of parent pointers.
 */

import type { BinaryOperator, UnaryOperator } from "./js-ast.js";

/** The position of an expression in its parent. */
export type Ctx =
  | { readonly kind: "statement" }
  | { readonly kind: "return" }
  /** Inside `if (...)`, `while (...)`, `switch (...)`. */
  | { readonly kind: "test" }
  | { readonly kind: "arrow-body" }
  | { readonly kind: "callee"; readonly isNew: boolean }
  /** `inlineMembers`: under `new` or an assignment to a member, lookups never break before the dot. */
  | { readonly kind: "member-object"; readonly computed: boolean; readonly inlineMembers?: boolean }
  | { readonly kind: "unary"; readonly operator: UnaryOperator | "++" | "--" }
  | { readonly kind: "await" }
  | { readonly kind: "spread" }
  /** Right-hand side of `=` / `:` (assignment, declarator, class field, object property). */
  | { readonly kind: "assignment"; readonly inlineMembers?: boolean }
  /** `coercion`: the only argument of `Boolean(...)`, where prettier does not indent a broken chain. */
  | { readonly kind: "argument"; readonly coercion?: boolean }
  | { readonly kind: "element" }
  | { readonly kind: "binary"; readonly operator: BinaryOperator; readonly side: "left" | "right" }
  | { readonly kind: "conditional-test"; readonly inReturnOrCall: boolean }
  | { readonly kind: "conditional-branch"; readonly inReturnOrCall: boolean }
  | { readonly kind: "for" }
  | { readonly kind: "index" }
  | { readonly kind: "default"; readonly inlineMembers?: boolean };

/** A context with no special layout. */
export const DEFAULT: Ctx = { kind: "default" };

/** Thrown for code outside the supported subset; the message says what to emit instead. */
export class UnsupportedSyntaxError extends Error {
  override name = "UnsupportedSyntaxError";
}

/** Refuses a construct whose prettier layout the printer does not reproduce. */
export function unsupported(what: string): never {
  throw new UnsupportedSyntaxError(`print: ${what} is not supported (prettier's layout for it is not reproduced)`);
}
