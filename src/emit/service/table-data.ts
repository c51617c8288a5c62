/**
 * IR -> the service table (`runtime/table/types.ts`): the one description
 * of a service's operations, shapes and errors that the client and the
 * mock both read. Pure data; `emit-service.ts` prints it.
 */
import type { IrError, IrMember, IrService, IrShape, IrType } from "../../ir/types.js";
import type { ServiceTable, TableError, TableMember, TableOperation, TableType } from "../../runtime/table/types.js";

/**
 * The order a structure's members go on the wire (JSON bodies): declaration
 * order, except that the AWS SDKs (v3's schemas) write required members
 * first, each group in declaration order.
 */
function wireOrder(service: IrService): (a: IrMember, b: IrMember) => number {
  if (service.protocol !== "aws-rest-json") return (a, b) => a.order - b.order;
  return (a, b) => Number(b.required) - Number(a.required) || a.order - b.order;
}

export function serviceTable(service: IrService): ServiceTable {
  const shapes = new Map(service.shapes.map((s) => [s.name, s] as const));
  const type = (t: IrType): TableType => tableType(t, shapes);
  const member = (m: IrMember): TableMember =>
    m.location !== "body" ? [m.name, type(m.type), m.wireName, m.location] : m.wireName !== m.name ? [m.name, type(m.type), m.wireName] : [m.name, type(m.type)];
  const before = wireOrder(service);
  const members = (list: readonly IrMember[]) => [...list].sort(before).map(member);

  const tableShapes: Record<string, readonly TableMember[]> = {};
  for (const s of service.shapes) if (s.kind === "structure") tableShapes[s.name] = members(s.members);
  const errors: Record<string, TableError> = {};
  for (const e of service.errors) errors[e.name] = tableError(e, members);
  const operations: Record<string, TableOperation> = {};
  for (const op of service.operations) {
    operations[op.name] = {
      method: op.http.method,
      path: op.http.path,
      status: op.http.successStatus,
      input: op.input,
      ...(op.output !== undefined ? { output: op.output } : {}),
      errors: op.errors.map((e) => {
        const declared = service.errors.find((d) => d.name === e.name);
        return e.code !== undefined && e.code !== declared?.code ? ([e.name, e.code] as const) : e.name;
      }),
    };
  }
  return {
    id: service.id,
    name: service.name,
    title: service.title,
    protocol: service.protocol,
    auth:
      service.auth.scheme === "sigv4"
        ? { scheme: "sigv4", signingName: service.auth.signingName! }
        : { scheme: "x-auth-token", header: service.auth.header! },
    ...(service.vendor === "aws" ? { endpoint: `https://${service.endpointPrefix ?? service.id}.{region}.amazonaws.com` } : {}),
    rejectUnknownInput: service.unknownMembers.input === "reject",
    shapes: tableShapes,
    errors,
    operations,
  };
}

function tableError(e: IrError, members: (list: readonly IrMember[]) => TableMember[]): TableError {
  return {
    status: e.status,
    ...(e.code !== undefined ? { code: e.code } : {}),
    ...(e.retryable ? { retryable: true as const } : {}),
    members: members(e.members),
  };
}

export function tableType(t: IrType, shapes: ReadonlyMap<string, IrShape>): TableType {
  switch (t.kind) {
    case "ref":
      return shapes.get(t.name)?.kind === "structure" ? t.name : "string";
    case "list":
      return ["list", tableType(t.items, shapes)];
    case "map":
      return ["map", tableType(t.value, shapes)];
    case "timestamp":
      return `timestamp:${t.format}`;
    default:
      return t.kind;
  }
}
