/** IR types as TypeScript type nodes: the one mapping every emitter shares. */
import type { IrShape, IrType } from "../../ir/types.js";
import { ts } from "./print-ts.js";

const f = ts.factory;

/**
 * The TypeScript type of a value of `type` as it appears in JSON: numbers of
 * every width are `number`, timestamps are `string` (date-time, http-date) or
 * `number` (epoch-seconds), maps keyed by an enum are partial records.
 */
export function typeNode(type: IrType, shapes: ReadonlyMap<string, IrShape>): ts.TypeNode {
  switch (type.kind) {
    case "string":
      if (type.knownValues?.length) {
        // An open set: the documented values, plus any other string.
        return f.createUnionTypeNode([
          ...type.knownValues.map((v) => f.createLiteralTypeNode(f.createStringLiteral(v.value))),
          f.createIntersectionTypeNode([f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword), f.createTypeLiteralNode([])]),
        ]);
      }
      return f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword);
    case "integer":
    case "long":
    case "float":
    case "double":
      return f.createKeywordTypeNode(ts.SyntaxKind.NumberKeyword);
    case "boolean":
      return f.createKeywordTypeNode(ts.SyntaxKind.BooleanKeyword);
    case "timestamp":
      return f.createKeywordTypeNode(type.format === "epoch-seconds" ? ts.SyntaxKind.NumberKeyword : ts.SyntaxKind.StringKeyword);
    case "list":
      return f.createArrayTypeNode(parenthesizeForArray(typeNode(type.items, shapes)));
    case "map": {
      const key = typeNode(type.key, shapes);
      const record = f.createTypeReferenceNode("Record", [key, typeNode(type.value, shapes)]);
      const enumKeyed = type.key.kind === "ref" && shapes.get(type.key.name)?.kind === "enum";
      return enumKeyed ? f.createTypeReferenceNode("Partial", [record]) : record;
    }
    case "ref":
      return f.createTypeReferenceNode(type.name);
  }
}

function parenthesizeForArray(node: ts.TypeNode): ts.TypeNode {
  return ts.isUnionTypeNode(node) || ts.isIntersectionTypeNode(node) ? f.createParenthesizedType(node) : node;
}
