/**
 * IR -> the plain data a generated `mock.ts` hands to the mock runtime
 * (`MockServiceDefinition` minus the validator functions, which are named
 * here and printed as identifiers). Pure; no text.
 */
import type { IrError, IrExample, IrMember, IrMock, IrOperation, IrService, IrShape, IrType, JsonValue } from "../../ir/types.js";

/** A reference to a generated function, printed as a bare identifier. */
export class Identifier {
  constructor(readonly name: string) {}
}

export type MockData = null | boolean | number | string | Identifier | MockData[] | { [key: string]: MockData | undefined };

export function mockType(type: IrType): MockData {
  switch (type.kind) {
    case "string":
      return {
        kind: "string",
        minLength: type.minLength,
        maxLength: type.maxLength,
        pattern: type.pattern,
        knownValues: type.knownValues?.map((v) => v.value),
      };
    case "integer":
    case "long":
    case "float":
    case "double":
      return { kind: type.kind, minimum: type.minimum, maximum: type.maximum, excluded: type.excluded };
    case "boolean":
      return { kind: "boolean" };
    case "timestamp":
      return { kind: "timestamp", format: type.format };
    case "list":
      return { kind: "list", items: mockType(type.items), minItems: type.minItems, maxItems: type.maxItems };
    case "map":
      return { kind: "map", key: mockType(type.key), value: mockType(type.value), minEntries: type.minEntries, maxEntries: type.maxEntries };
    case "ref":
      return { kind: "ref", name: type.name };
  }
}

function mockMember(m: IrMember): MockData {
  return { name: m.name, wireName: m.wireName, location: m.location, type: mockType(m.type), required: m.required };
}

function mockShape(shape: IrShape): MockData {
  return shape.kind === "enum" ? { kind: "enum", values: shape.values.map((v) => v.value) } : { kind: "structure", members: shape.members.map(mockMember) };
}

function json(v: JsonValue | undefined): MockData | undefined {
  return v as MockData | undefined;
}

function mockError(e: IrError): MockData {
  return {
    name: e.name,
    status: e.status,
    code: e.code,
    documentation: e.documentation,
    members: e.members.map(mockMember),
    example: e.example ? { headers: e.example.headers, body: json(e.example.body) } : undefined,
  };
}

function mockExample(x: IrExample): MockData {
  return {
    title: x.title,
    response: x.response ? { status: x.response.status, headers: x.response.headers, body: json(x.response.body) } : undefined,
  };
}

function mockState(m: IrMock): MockData {
  return {
    resource: m.resource,
    key: m.key,
    action: m.action,
    conflictError: m.conflictError,
    readOnlyPaths: m.readOnlyPaths,
    invalidPatchError: m.invalidPatchError,
    initial: json(m.initial),
    echo: m.echo.map((e) => ({ output: e.output, input: e.input })),
  };
}

function validatorOf(service: IrService, shapeName: string): Identifier {
  const shape = service.shapes.find((s) => s.name === shapeName);
  if (!shape) throw new Error(`mock emitter: shape ${shapeName} of ${service.id} is missing from the model`);
  return new Identifier(shape.validatorName);
}

function mockOperation(service: IrService, op: IrOperation): MockData {
  return {
    name: op.name,
    method: op.http.method,
    path: op.http.path,
    successStatus: op.http.successStatus,
    input: op.input,
    output: op.output,
    validateInput: validatorOf(service, op.input),
    validateOutput: validatorOf(service, op.output),
    errors: op.errors.map(mockError),
    examples: op.examples.map(mockExample),
    state: op.mock ? mockState(op.mock) : undefined,
  };
}

/** The service's mock definition; shapes keyed in the IR's (sorted) order. */
export function mockServiceData(service: IrService): MockData {
  const shapes: Record<string, MockData> = {};
  for (const s of service.shapes) shapes[s.name] = mockShape(s);
  return {
    id: service.id,
    title: service.title,
    vendor: service.vendor,
    protocol: service.protocol,
    auth: { scheme: service.auth.scheme, signingName: service.auth.signingName, header: service.auth.header },
    unknownInputMembers: service.unknownMembers.input,
    shapes,
    operations: service.operations.map((op) => mockOperation(service, op)),
  };
}

/** Every validator the definition names, sorted and unique. */
export function validatorNames(service: IrService): string[] {
  const names = new Set<string>();
  for (const op of service.operations) {
    names.add(validatorOf(service, op.input).name);
    names.add(validatorOf(service, op.output).name);
  }
  return [...names].sort();
}
