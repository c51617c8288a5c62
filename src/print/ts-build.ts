/**
 * Constructors for TypeScript types (ts-ast.ts).
 */

import type { Param } from "./js-ast.js";
import { numberLiteral, stringLiteral } from "./literals.js";
import type { TypeMember, TypeNode } from "./ts-ast.js";

/** A named type (`string`, `Foo`, `Promise<T>`). */
export const typeRef = (name: string, args?: readonly TypeNode[]): TypeNode => {
  if (!/^[$_\p{ID_Start}][$\u200C\u200D\p{ID_Continue}]*(\.[$_\p{ID_Start}][$\u200C\u200D\p{ID_Continue}]*)*$/u.test(name)) {
    throw new Error(`not a type name: ${JSON.stringify(name)}`);
  }
  return { kind: "type-ref", name, args };
};
/** A string literal type. */
export const stringType = (value: string): TypeNode => ({ kind: "type-literal", text: stringLiteral(value) });
/** A number literal type (negative numbers print as `-n`). */
export const numberType = (value: number): TypeNode => ({ kind: "type-literal", text: numberLiteral(value) });
/** `true` / `false` as types. */
export const booleanType = (value: boolean): TypeNode => ({ kind: "type-literal", text: String(value) });
/** `A | B | ...` */
export const union = (types: readonly TypeNode[]): TypeNode => ({ kind: "union", types });
/** `T[]` / `readonly T[]`. */
export const arrayType = (element: TypeNode, readonly = false): TypeNode => ({ kind: "array-type", element, readonly });
/** `[A, B]` / `readonly [A, B]`. */
export const tupleType = (elements: readonly TypeNode[], readonly = false): TypeNode => ({ kind: "tuple", elements, readonly });
/** `{ a: T; b?: U }`; `expanded` keeps it one member per line. */
export const objectType = (members: readonly TypeMember[], expanded = false): TypeNode => ({ kind: "object-type", members, expanded });
/** `(params) => returnType`. */
export const functionType = (params: readonly Param[], returnType: TypeNode): TypeNode => ({ kind: "function-type", params, returnType });
/** `name: type` (with `readonly`, `?`, a doc comment). */
export const propertySignature = (
  name: string,
  type: TypeNode,
  options: { optional?: boolean; readonly?: boolean; doc?: string } = {},
): TypeMember => ({ kind: "property-signature", name, type, ...options });
/** `name(params): returnType`. */
export const methodSignature = (
  name: string,
  params: readonly Param[],
  returnType: TypeNode,
  options: { optional?: boolean; doc?: string } = {},
): TypeMember => ({ kind: "method-signature", name, params, returnType, ...options });
/** `[keyName: keyType]: type`. */
export const indexSignature = (keyName: string, keyType: TypeNode, type: TypeNode, options: { readonly?: boolean; doc?: string } = {}): TypeMember => ({
  kind: "index-signature",
  keyName,
  keyType,
  type,
  ...options,
});
