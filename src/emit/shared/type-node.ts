/** IR types as TypeScript type nodes for `.d.ts` files: the one mapping every emitter shares. */
import type { IrShape, IrType } from "../../ir/types.js";
import * as t from "../../print/ts-build.js";
import type { TypeNode } from "../../print/ts-ast.js";

/**
 * The TypeScript type of a value of `type` as it appears in JSON, with
 * documented names: numbers of every width are `number`, timestamps are
 * `string` (date-time, http-date) or `number` (epoch-seconds), maps keyed by
 * an enum are partial records. Open strings (`knownValues`) stay `string`;
 * their documented values go in the doc comment.
 */
export function typeNode(type: IrType, shapes: ReadonlyMap<string, IrShape>): TypeNode {
  switch (type.kind) {
    case "string":
      return t.typeRef("string");
    case "integer":
    case "long":
    case "float":
    case "double":
      return t.typeRef("number");
    case "boolean":
      return t.typeRef("boolean");
    case "timestamp":
      return t.typeRef(type.format === "epoch-seconds" ? "number" : "string");
    case "list":
      return t.arrayType(typeNode(type.items, shapes));
    case "map": {
      const record = t.typeRef("Record", [typeNode(type.key, shapes), typeNode(type.value, shapes)]);
      const enumKeyed = type.key.kind === "ref" && shapes.get(type.key.name)?.kind === "enum";
      return enumKeyed ? t.typeRef("Partial", [record]) : record;
    }
    case "ref":
      return t.typeRef(type.name);
  }
}
