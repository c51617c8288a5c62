/**
 * The runtime's client against the runtime's mock over loopback: every
 * documented error of every real operation surfaces as its own class, and
 * an operation with a member in every location and of every type survives
 * the whole trip.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sigv4Auth } from "../../../src/runtime/client/auth-sigv4.js";
import { tokenAuth } from "../../../src/runtime/client/auth-token.js";
import { ClientCore } from "../../../src/runtime/client/core.js";
import { ServiceError, type ServiceErrorConstructor } from "../../../src/runtime/client/errors.js";
import { startMock } from "../../../src/runtime/mock/server.js";
import type { RunningMock } from "../../../src/runtime/mock/types.js";
import { decodeServiceTable } from "../../../src/runtime/table/decode.js";
import { kitchenSink, sinkBody, sinkInput } from "../helpers/kitchen-sink.js";
import { permissiveMock } from "../helpers/tables.js";
import { mockDefinition, operationCases, services, validInput } from "../../support/mock-services.js";
import { protocolFor } from "../../support/protocols.js";

const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };
const all = services();
const definitions = await Promise.all(all.map((s) => mockDefinition(s.id)));
const inputs = new Map((await operationCases(all)).map((c) => [`${c.service.id} ${c.op.name}`, validInput(c)] as const));

let mock: RunningMock;
beforeAll(async () => {
  const sinkMock = permissiveMock(kitchenSink, { operations: { ...permissiveMock(kitchenSink).operations, PutThing: { validateInput: () => ({ valid: true, problems: [] }), sample: { RequestToken: "req-1", Count: 5, Expires: "Tue, 07 May 2024 07:08:09 GMT" } } } });
  mock = await startMock([...definitions, { service: kitchenSink, protocol: protocolFor((kitchenSink).protocol), mock: sinkMock }], { stateful: false });
});
afterAll(() => mock.close());

const cases = definitions.flatMap((def) => {
  const model = decodeServiceTable(def.service);
  return [...model.operations.values()].flatMap((op) => op.errors.map((e) => ({ def, model, op: op.name, error: e.error, code: e.code, title: `${model.id} ${op.name} -> ${e.error.name}` })));
});

/** The kitchen sink's client, wired as a generated `client.js` wires one. */
function sink(options: { endpoint: string }) {
  class SinkServiceError extends ServiceError {}
  const opts = { region: "us-east-1", credentials, ...options };
  const core = new ClientCore(kitchenSink, opts, { protocol: protocolFor(kitchenSink.protocol), errors: {}, serviceError: SinkServiceError, authenticate: sigv4Auth(kitchenSink, opts) });
  return { call: (operation: string, input?: unknown) => core.send(operation, input) };
}

describe("documented errors reach the caller as their own classes", () => {
  it("covers every error of every operation", () => {
    expect(cases.length).toBe(definitions.reduce((n, d) => n + Object.values(d.service.operations).reduce((m, o) => m + o.errors.length, 0), 0));
  });

  it.each(cases)("$title", async ({ def, model, op, error, code }) => {
    class Generic extends ServiceError {}
    const classes: Record<string, ServiceErrorConstructor> = {};
    for (const name of model.errors.keys()) classes[name] = class extends Generic {};
    const options = { endpoint: mock.url, region: "us-east-1", credentials, token: "t", retry: false as const };
    const authenticate = model.auth.scheme === "sigv4" ? sigv4Auth(def.service, options) : tokenAuth(def.service, options);
    const core = new ClientCore(def.service, options, { protocol: protocolFor(def.service.protocol), errors: classes, serviceError: Generic, authenticate });
    const caught = (await core.send(op, inputs.get(`${model.id} ${op}`), { headers: { Prefer: `error=${error.name}` } }).catch((e: unknown) => e)) as ServiceError;
    expect(caught).toBeInstanceOf(classes[error.name]!);
    expect(caught).toBeInstanceOf(Generic);
    expect(caught).toMatchObject({ name: error.name, status: error.status, code, operation: op });
    expect(caught.message.length).toBeGreaterThan(0);
    expect(caught.requestId).toMatch(/\S/);
    for (const m of error.members.body) expect(Object.hasOwn(caught.data as object, m.name)).toBe(true);
  });
});

describe("every location and type, through the mock and back", () => {
  it("answers the sample with the input laid over it, every member decoded to its type", async () => {
    const output = await sink({ endpoint: mock.url }).call("PutThing", sinkInput);
    expect(output).toEqual({ RequestToken: "req-1", Count: 5, Expires: "Tue, 07 May 2024 07:08:09 GMT", Tags: sinkInput["Tags"], ...sinkBody });
  });

  it("an operation without output resolves to undefined", async () => {
    await expect(sink({ endpoint: mock.url }).call("DeleteThing", { ThingId: "x" })).resolves.toBeUndefined();
  });
});
