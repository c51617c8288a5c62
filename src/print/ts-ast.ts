/**
 * TypeScript type syntax the printer accepts (what `.d.ts` emitters need).
 */

import type { Param } from "./js-ast.js";

/** A type. */
export type TypeNode =
  /** `string`, `unknown`, `Foo`, `Foo.Bar`: a keyword or a name without arguments. */
  | { readonly kind: "type-ref"; readonly name: string; readonly args?: readonly TypeNode[] }
  | { readonly kind: "type-literal"; readonly text: string }
  | { readonly kind: "union"; readonly types: readonly TypeNode[] }
  | { readonly kind: "array-type"; readonly element: TypeNode; readonly readonly: boolean }
  | { readonly kind: "tuple"; readonly elements: readonly TypeNode[]; readonly readonly: boolean }
  | { readonly kind: "object-type"; readonly members: readonly TypeMember[]; readonly expanded: boolean }
  | { readonly kind: "function-type"; readonly params: readonly Param[]; readonly returnType: TypeNode };

/** A member of an interface or object type. */
export type TypeMember =
  | {
      readonly kind: "property-signature";
      readonly name: string;
      readonly type: TypeNode;
      readonly optional?: boolean;
      readonly readonly?: boolean;
      readonly doc?: string;
    }
  | {
      readonly kind: "method-signature";
      readonly name: string;
      readonly params: readonly Param[];
      readonly returnType: TypeNode;
      readonly optional?: boolean;
      readonly doc?: string;
    }
  | {
      readonly kind: "index-signature";
      readonly keyName: string;
      readonly keyType: TypeNode;
      readonly type: TypeNode;
      readonly readonly?: boolean;
      readonly doc?: string;
    }
  | { readonly kind: "blank" };
