/**
 * TypeScript types (src/language-js/print/{union-type,type-parameters,array,object,
 * typescript}.js): unions break into prettier's leading-`|` form, type arguments hug a single
 * simple type, object types and tuples break like object and array literals.
 */

import { align, group, hardline, ifBreak, indent, join, line, softline, type Doc } from "./doc.js";
import { printDocComment } from "./js-comments.js";
import { unsupported } from "./js-context.js";
import { printParams } from "./js-functions.js";
import { propertyKey } from "./literals.js";
import type { TypeMember, TypeNode } from "./ts-ast.js";

/** Where a type sits; unions indent or not, and take parentheses, depending on it. */
export type TypeCtx =
  /** After `:` (property, parameter, return type, variable), or as a function type's return. */
  | { readonly kind: "annotation" }
  /** Right-hand side of `type X =`. */
  | { readonly kind: "alias" }
  /** A type argument `Foo<here>`. */
  | { readonly kind: "type-arg" }
  /** The element of an array type `here[]`. */
  | { readonly kind: "array-element" }
  /** A tuple element; `single`: the tuple has only this one. */
  | { readonly kind: "tuple-element"; readonly single: boolean }
  | { readonly kind: "union-member" };

const KEYWORDS = new Set([
  "any", "unknown", "never", "void", "null", "undefined", "string", "number", "boolean", "bigint", "symbol", "object", "this",
]);

/** prettier's isSimpleType: a keyword, or a name without type arguments. */
function isSimpleType(t: TypeNode): boolean {
  return t.kind === "type-ref" && (t.args === undefined || t.args.length === 0 || KEYWORDS.has(t.name));
}

const isVoidType = (t: TypeNode): boolean => t.kind === "type-ref" && (t.name === "null" || t.name === "void");
const isObjectLike = (t: TypeNode): boolean =>
  t.kind === "object-type" || (t.kind === "type-ref" && !KEYWORDS.has(t.name));

/** `{...} | null`: prettier keeps such unions inline (no leading `|` form). */
function shouldHugUnion(types: readonly TypeNode[]): boolean {
  const object = types.find(isObjectLike);
  return object !== undefined && types.every((t) => t === object || isVoidType(t));
}

/** A type argument prettier prints without a group: simple, an object type, or a hugging union. */
function shouldHugType(t: TypeNode): boolean {
  if (isSimpleType(t) || t.kind === "object-type") return true;
  if (t.kind === "union") {
    const voids = t.types.filter(isVoidType).length;
    return t.types.length - 1 === voids && t.types.some((x) => x.kind === "object-type" || x.kind === "type-ref");
  }
  return false;
}

function printUnion(types: readonly TypeNode[], ctx: TypeCtx): Doc {
  if (types.length < 2) unsupported("a union of fewer than two types");
  if (types.some((t) => t.kind === "union")) unsupported("a union nested in a union");
  const hug = shouldHugUnion(types);
  const printed = types.map((t) => {
    const doc = printType(t, { kind: "union-member" });
    return hug ? doc : align(2, doc);
  });
  if (hug) return join(" | ", printed);
  const shouldIndent = ctx.kind !== "type-arg" && ctx.kind !== "tuple-element";
  const main: Doc = [ifBreak([shouldIndent ? line : "", "| "]), join([line, "| "], printed)];
  if (ctx.kind === "array-element") return group([indent(main), softline]);
  if (ctx.kind === "tuple-element" && !ctx.single) {
    return group([indent([ifBreak(["(", softline]), group(main)]), softline, ifBreak(")")]);
  }
  return group(shouldIndent ? indent(group(main)) : group(main));
}

function printTypeArgs(args: readonly TypeNode[]): Doc {
  const printed = args.map((a) => printType(a, { kind: "type-arg" }));
  if (args.length === 1 && shouldHugType(args[0] as TypeNode)) return ["<", printed[0] as Doc, ">"];
  return group(["<", indent([softline, join([",", line], printed)]), softline, ">"]);
}

/** An interface or object-type member (without its separator). */
export function printTypeMember(member: TypeMember): Doc {
  let printed: Doc;
  switch (member.kind) {
    case "blank":
      return "";
    case "property-signature":
      printed = [
        member.readonly ? "readonly " : "",
        propertyKey(member.name, "ts"),
        member.optional ? "?" : "",
        ": ",
        printType(member.type, { kind: "annotation" }),
      ];
      break;
    case "method-signature": {
      const returnDoc: Doc = [": ", printType(member.returnType, { kind: "annotation" })];
      const params = printParams(member.params, false);
      const groupParams = member.params.length === 1 && member.returnType.kind === "object-type";
      printed = group([propertyKey(member.name, "ts"), member.optional ? "?" : "", groupParams ? group(params) : params, group(returnDoc)]);
      break;
    }
    case "index-signature":
      printed = [
        member.readonly ? "readonly " : "",
        "[",
        member.keyName,
        ": ",
        printType(member.keyType, { kind: "annotation" }),
        "]: ",
        printType(member.type, { kind: "annotation" }),
      ];
      break;
  }
  return member.doc === undefined ? printed : [printDocComment(member.doc), hardline, printed];
}

/** `{ a: T; b: U }` members; `alwaysBreak` for interface bodies. */
export function printTypeMembers(members: readonly TypeMember[], alwaysBreak: boolean): Doc {
  const parts: Doc[] = [];
  let pendingBlank = false;
  for (const member of members) {
    if (member.kind === "blank") {
      pendingBlank = parts.length > 0;
      continue;
    }
    if (parts.length > 0) parts.push(";", line, pendingBlank ? hardline : "");
    pendingBlank = false;
    parts.push(group(printTypeMember(member)));
  }
  if (parts.length === 0) return "{}";
  return group(["{", indent([line, ...parts]), ifBreak(";"), line, "}"], { shouldBreak: alwaysBreak });
}

/** Prints a type in position `ctx`. */
export function printType(type: TypeNode, ctx: TypeCtx): Doc {
  switch (type.kind) {
    case "type-ref":
      return type.args === undefined || type.args.length === 0 ? type.name : [type.name, printTypeArgs(type.args)];
    case "type-literal":
      return type.text;
    case "union": {
      const doc = printUnion(type.types, ctx);
      return ctx.kind === "array-element" ? ["(", doc, ")"] : doc;
    }
    case "array-type": {
      const element = printType(type.element, { kind: "array-element" });
      const wrapped = type.element.kind === "function-type" ? ["(", element, ")"] : element;
      return [type.readonly ? "readonly " : "", wrapped, "[]"];
    }
    case "tuple": {
      const prefix = type.readonly ? "readonly " : "";
      if (type.elements.length === 0) return [prefix, "[]"];
      const single = type.elements.length === 1;
      const printed = type.elements.map((e) => group(printType(e, { kind: "tuple-element", single })));
      return [prefix, group(["[", indent([softline, join([",", line], printed), ifBreak(",")]), softline, "]"])];
    }
    case "object-type":
      return printTypeMembers(type.members, type.expanded);
    case "function-type": {
      const doc = group([printParams(type.params, false), " => ", printType(type.returnType, { kind: "annotation" })]);
      return ctx.kind === "union-member" ? ["(", doc, ")"] : doc;
    }
  }
}

