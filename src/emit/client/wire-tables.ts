/**
 * IR -> the data tables the client runtime reads (`schema.ts` in
 * src/runtime/client): member bindings and nested renames, as TS source text.
 */
import type { IrMember, IrService, IrShape, IrStructureShape, IrType, Protocol } from "../../ir/types.js";
import { stringLiteral } from "../shared/literals.js";
import { compareStrings } from "../../util/sort.js";

/**
 * `WireType` source text for an IR type. `textual` members (headers) say
 * whether their text is a number (`1`) or a boolean (`2`).
 */
export function wireType(type: IrType, shapes: ReadonlyMap<string, IrShape>, textual = false): string {
  switch (type.kind) {
    case "integer":
    case "long":
    case "float":
    case "double":
      return textual ? "1" : "0";
    case "boolean":
      return textual ? "2" : "0";
    case "ref":
      return shapes.get(type.name)?.kind === "structure" ? stringLiteral(type.name) : "0";
    case "list":
      return `["l", ${wireType(type.items, shapes)}]`;
    case "map":
      return `["m", ${wireType(type.value, shapes)}]`;
    default:
      return "0";
  }
}

/**
 * Members in the order they go on the wire. AWS SDKs for JavaScript write
 * required members first, then the others, each group in model (declaration)
 * order; Huawei's examples follow declaration order.
 */
export function wireOrder(members: readonly IrMember[], protocol: Protocol): IrMember[] {
  const declared = [...members].sort(
    (a, b) => compareStrings(a.loc.file, b.loc.file) || a.loc.line - b.loc.line || a.loc.col - b.loc.col || compareStrings(a.name, b.name),
  );
  if (protocol !== "aws-rest-json") return declared;
  return [...declared.filter((m) => m.required), ...declared.filter((m) => !m.required)];
}

/** `[name, wire, type]` of a nested structure member, or just `name` for a same-named scalar. */
function memberTuple(m: IrMember, shapes: ReadonlyMap<string, IrShape>): string {
  const type = wireType(m.type, shapes);
  if (m.name === m.wireName && type === "0") return stringLiteral(m.name);
  return `[${stringLiteral(m.name)}, ${stringLiteral(m.wireName)}, ${type}]`;
}

/** `[name, wire, type, location]` of a top-level member, or just `name` for a same-named scalar in the body. */
export function boundTuple(m: IrMember, shapes: ReadonlyMap<string, IrShape>): string {
  const type = wireType(m.type, shapes, m.location === "header");
  if (m.name === m.wireName && type === "0" && m.location === "body") return stringLiteral(m.name);
  return `[${stringLiteral(m.name)}, ${stringLiteral(m.wireName)}, ${type}, ${stringLiteral(m.location)}]`;
}

export function boundList(members: readonly IrMember[], shapes: ReadonlyMap<string, IrShape>, protocol: Protocol): string {
  return `[${wireOrder(members, protocol)
    .map((m) => boundTuple(m, shapes))
    .join(", ")}]`;
}

/**
 * The `Shapes` table: every structure a member of an operation's input,
 * output or error refers to, directly or through other structures, by name.
 * (Top-level inputs and outputs travel as member lists of their own.)
 */
export function shapesTable(service: IrService, shapes: ReadonlyMap<string, IrShape>): string {
  const reachable = new Set<string>();
  const visit = (t: IrType): void => {
    if (t.kind === "list") return visit(t.items);
    if (t.kind === "map") return visit(t.value);
    if (t.kind !== "ref" || reachable.has(t.name)) return;
    const s = shapes.get(t.name);
    if (s?.kind !== "structure") return;
    reachable.add(t.name);
    for (const m of s.members) visit(m.type);
  };
  for (const op of service.operations) {
    for (const name of [op.input, op.output]) {
      const s = shapes.get(name);
      if (s?.kind === "structure") for (const m of s.members) visit(m.type);
    }
  }
  for (const e of service.errors) for (const m of e.members) visit(m.type);
  const nested = service.shapes.filter((s): s is IrStructureShape => s.kind === "structure" && reachable.has(s.name));
  const rows = nested.map(
    (s) =>
      `  ${stringLiteral(s.name)}: [${wireOrder(s.members, service.protocol)
        .map((m) => memberTuple(m, shapes))
        .join(", ")}],`,
  );
  return `{\n${rows.join("\n")}\n}`;
}
