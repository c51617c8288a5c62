/**
 * The spec set under test as the mock tests see it: each service's IR, its
 * generated mock definition, and requests made up from the IR. Every case
 * of the mock suites comes from here, so that an operation added to the
 * specs is tested without editing a test.
 */
import type { IrOperation, IrService, IrShape, IrStructureShape } from "../../src/ir/types.js";
import { Synthesizer } from "../../src/emit/shared/synthesize.js";
import type { MockDefinition } from "../../src/runtime/mock/types.js";
import { protocolFor } from "./protocols.js";
import { decodeServiceTable } from "../../src/runtime/table/decode.js";
import type { MockValidator } from "../../src/runtime/table/mock-types.js";
import type { OperationModel } from "../../src/runtime/table/model.js";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { testEnv } from "./env.js";

/** One served operation: its IR, its decoded model and its input validator. */
export interface OperationCase {
  service: IrService;
  op: IrOperation;
  model: OperationModel;
  validateInput: MockValidator;
  validateOutput: MockValidator | undefined;
}

/** The services of the spec set under test, optionally only those of a protocol. */
export function services(protocol?: IrService["protocol"]): IrService[] {
  return testEnv().model.services.filter((s) => protocol === undefined || s.protocol === protocol);
}

const definitions = new Map<string, Promise<MockDefinition>>();
/** Which generated folder each loaded service came from. */
const folders = new Map<IrService, string>();

/** The generated `mockDefinition` of a service (from the generated packages under test, or `generatedDir`). */
export function mockDefinition(serviceId: string, generatedDir: string = testEnv().generatedDir): Promise<MockDefinition> {
  const file = path.join(generatedDir, serviceId, "mock.js");
  let def = definitions.get(file);
  if (!def) {
    def = (import(pathToFileURL(file).href) as Promise<{ mockDefinition: MockDefinition }>).then((m) => m.mockDefinition);
    definitions.set(file, def);
  }
  return def;
}

/** Every operation of `list` (generated under `generatedDir`), with what a test needs about it. */
export async function operationCases(list: readonly IrService[], generatedDir: string = testEnv().generatedDir): Promise<OperationCase[]> {
  const out: OperationCase[] = [];
  for (const service of list) {
    folders.set(service, generatedDir);
    const def = await mockDefinition(service.id, generatedDir);
    const model = decodeServiceTable(def.service);
    for (const op of service.operations) {
      const data = def.mock.operations[op.name]!;
      out.push({ service, op, model: model.operations.get(op.name)!, validateInput: data.validateInput, validateOutput: data.validateOutput });
    }
  }
  return out;
}

export function shapeOf(service: IrService, name: string): IrShape {
  const shape = service.shapes.find((s) => s.name === name);
  if (!shape) throw new Error(`${service.id}: no shape ${name}`);
  return shape;
}

export function structureOf(service: IrService, name: string): IrStructureShape {
  const shape = shapeOf(service, name);
  if (shape.kind !== "structure") throw new Error(`${service.id}: ${name} is not a structure`);
  return shape;
}

/**
 * A valid input of the operation (documented names): every member the
 * synthesizer can make up (values that pass the member's own constraints),
 * less optional members the generated validator still refuses. Throws when
 * no valid input comes out, naming the validator's problems.
 */
export function validInput(c: OperationCase): Record<string, unknown> {
  const shapes = new Map(c.service.shapes.map((s) => [s.name, s] as const));
  const synth = new Synthesizer(shapes);
  const input = structureOf(c.service, c.op.input);
  const out: Record<string, unknown> = {};
  for (const m of input.members) {
    let v = synth.value(m.type, m.name, 0);
    // An empty list in a query or header is no value at all on the wire: a required one gets an item.
    if (m.required && m.location !== "body" && m.type.kind === "list" && Array.isArray(v) && v.length === 0) {
      const item = synth.value(m.type.items, m.name, 1);
      if (item !== undefined) v = [item];
    }
    if (v !== undefined) out[m.name] = v;
  }
  patchSomething(c, input, out);
  let result = c.validateInput(out);
  for (let round = 0; !result.valid && round < 8; round++) {
    for (const p of result.problems) {
      const top = p.path.split("/")[1]?.replace(/~1/g, "/").replace(/~0/g, "~");
      const member = input.members.find((m) => m.name === top);
      if (member && !member.required) delete out[member.name];
    }
    result = c.validateInput(out);
  }
  if (!result.valid) throw new Error(`${c.service.id} ${c.op.name}: no valid input synthesized: ${JSON.stringify(result.problems)}`);
  return out;
}

/**
 * A patch operation's made-up items (`{op, path, value}`) must name a path
 * of the resource: each becomes a `replace` of the output shape's first
 * string member that no `readOnlyPaths` covers, with a string value (what
 * API Gateway-style patches carry).
 */
function patchSomething(c: OperationCase, input: IrStructureShape, out: Record<string, unknown>): void {
  if (c.op.resource?.action !== "patch" || !c.op.output) return;
  const readOnly = c.op.resource.readOnlyPaths;
  const target = structureOf(c.service, c.op.output).members.find(
    (m) => m.location === "body" && m.type.kind === "string" && !readOnly.some((r) => `/${m.wireName}` === r || `/${m.wireName}`.startsWith(`${r}/`)),
  );
  if (!target) return;
  for (const m of input.members) {
    const itemShape = m.type.kind === "list" && m.type.items.kind === "ref" ? m.type.items.name : undefined;
    const items = c.service.shapes.find((s) => s.name === itemShape);
    if (items?.kind !== "structure" || !Array.isArray(out[m.name])) continue;
    const names = items.members.map((x) => x.name);
    if (!names.includes("op") || !names.includes("path")) continue;
    out[m.name] = (out[m.name] as unknown[]).map(() => ({ op: "replace", path: `/${target.wireName}`, value: "mock-patched" }));
  }
}

/** The HTTP request of `input` as the service's protocol writes it: method, path with query, headers, body text. */
export async function wireRequest(
  c: OperationCase,
  input: Record<string, unknown>,
): Promise<{ method: string; path: string; headers: Record<string, string>; body: string | undefined }> {
  const def = await mockDefinition(c.service.id, folders.get(c.service));
  const protocol = protocolFor(decodeServiceTable(def.service).protocol);
  const prepared = protocol.encodeRequest(c.model, input, "http://mock.invalid");
  const url = new URL(prepared.url);
  return { method: prepared.method, path: url.pathname + url.search, headers: prepared.headers, body: prepared.body };
}

/** The label values of `input`, by wire name (what an SDK puts in its path parameters). */
export function pathParams(c: OperationCase, input: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(c.model.labels.map((m) => [m.wire, String(input[m.name])]));
}

/** Documented errors a client retries (a 429 or a 5xx): what `--error-rate` answers. */
export function retryableErrors(op: IrOperation): IrOperation["errors"] {
  return op.errors.filter((e) => e.retryable || e.status === 429 || e.status >= 500);
}

/**
 * A value of the wrong type for `c`'s first body member that has a type
 * (so the mock must answer 400 naming it), with the member's wire name; a
 * string member gets a number, anything else a string.
 */
export function wrongTypeInput(
  c: OperationCase,
  input: Record<string, unknown>,
): { input: Record<string, unknown>; member: string; wire: string } | undefined {
  const shape = structureOf(c.service, c.op.input);
  const body = shape.members.filter((m) => m.location === "body");
  const member = body.find((m) => m.required) ?? body[0];
  if (!member) return undefined;
  const bad = member.type.kind === "string" ? 12345 : "not-a-" + member.type.kind;
  return { input: { ...input, [member.name]: bad }, member: member.name, wire: member.wireName };
}
