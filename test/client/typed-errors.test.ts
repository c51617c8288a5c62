/**
 * Every documented error of every operation of the spec set under test,
 * forced through the generated mock (`Prefer: error=<Name>`), reaches the
 * generated client as its own class (a subclass of the service's error and
 * of ServiceError) with the documented status and code (the operation's own
 * code where it sets one), a message, a request id, and the documented
 * members under their documented names in `data`. Undocumented answers
 * become the service's generic class, and the vendors' raw error formats,
 * replayed from a capture server, are read the same way.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Synthesizer } from "../../src/emit/shared/synthesize.js";
import type { IrError, IrOperation, IrService } from "../../src/ir/types.js";
import { importGenerated, testEnv } from "../support/env.js";
import { requiredInput } from "../support/input-cases.js";
import { startCaptureServer, type CaptureServer } from "../support/capture-server.js";

type Client = Record<string, (input: unknown, options?: unknown) => Promise<unknown>>;
type Module = Record<string, unknown>;
interface ServiceErrorLike extends Error {
  status: number;
  code?: string;
  requestId?: string;
  operation: string;
  body: unknown;
  data: Record<string, unknown>;
}

const { model } = testEnv();
const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };

function newClient(svc: IrService, mod: Module, endpoint: string, extra: object = {}): Client {
  const Client = mod[svc.names.client] as new (options: unknown) => Client;
  const auth = svc.auth.scheme === "sigv4" ? { region: "us-east-1", credentials } : { token: "token" };
  return new Client({ endpoint, retry: false, ...auth, ...extra });
}

async function failure(call: Promise<unknown>): Promise<ServiceErrorLike> {
  return call.then(
    (v) => {
      throw new Error(`expected an error, got ${JSON.stringify(v)}`);
    },
    (e: unknown) => e as ServiceErrorLike,
  );
}

describe.each(model.services.map((s) => [s.id, s] as const))("%s: every documented error from the mock", (_id, svc) => {
  let mod: Module;
  let mock: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    mod = await importGenerated(svc.id, "index.js");
    const start = (await importGenerated(svc.id, "mock.js"))[svc.names.startMock] as (o: object) => Promise<typeof mock>;
    // Stateless: every operation answers its synthesized success, whatever was stored before.
    mock = await start({ stateful: false });
  });
  afterAll(() => mock?.close());

  const cases = svc.operations.flatMap((op) => op.errors.map((error) => ({ op, error, title: `${op.name} -> ${error.name}` })));

  it("has errors to force", () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)("$title", async ({ op, error }) => {
    const ErrorClass = mod[error.name] as new (...args: never[]) => Error;
    expect(typeof ErrorClass, `${error.name} is exported`).toBe("function");
    // The answer as it came over the wire, to compare `data` with.
    let raw: { body: unknown; headers: Headers } | undefined;
    const hooks = { afterResponse: (ctx: { body: unknown; response: Response }) => void (raw = { body: ctx.body, headers: ctx.response.headers }) };
    const client = newClient(svc, mod, mock.url, { hooks });
    const e = await failure(client[op.methodName]!(requiredInput(svc, op), { headers: { Prefer: `error=${error.name}` } }));
    expect(e).toBeInstanceOf(ErrorClass);
    expect(e).toBeInstanceOf(mod[svc.names.serviceError] as new () => Error);
    expect(e).toBeInstanceOf(mod["ServiceError"] as new () => Error);
    expect(e.name).toBe(error.name);
    expect(e.status).toBe(error.status);
    expect(e.code).toBe(error.code);
    expect(e.message).toMatch(/\S/);
    expect(e.requestId).toMatch(/\S/);
    expect(e.operation).toBe(op.name);
    expect(typeof e.data).toBe("object");
    // `data` holds exactly the documented members the answer carried, under their documented names.
    const body = (raw?.body ?? {}) as Record<string, unknown>;
    const sent: Record<string, unknown> = {};
    for (const m of error.members) {
      if (m.location === "body" && Object.hasOwn(body, m.wireName)) sent[m.name] = body[m.wireName];
      if (m.location === "header" && raw?.headers.has(m.wireName)) sent[m.name] = raw.headers.get(m.wireName);
    }
    expect(e.data).toEqual(sent);
    for (const m of error.members.filter((m) => m.required)) expect(Object.hasOwn(e.data, m.name), m.name).toBe(true);
  });

  it.each(svc.operations.map((op) => [op.name, op] as const))("%s succeeds for a valid input (stateless mock)", async (_name, op) => {
    const out = await newClient(svc, mod, mock.url)[op.methodName]!(requiredInput(svc, op));
    if (op.output === undefined) expect(out).toBeUndefined();
    else expect(typeof out).toBe("object");
  });
});

describe("vendor error wire formats replayed from a capture server", () => {
  let server: CaptureServer;
  beforeAll(async () => {
    server = await startCaptureServer();
  });
  afterAll(() => server.close());

  /** An error's documented body members with made-up values, by wire name and by documented name. */
  function errorBody(svc: IrService, error: IrError): { wire: Record<string, unknown>; data: Record<string, unknown> } {
    const synth = new Synthesizer(new Map(svc.shapes.map((s) => [s.name, s] as const)));
    const wire: Record<string, unknown> = {};
    const data: Record<string, unknown> = {};
    for (const m of error.members.filter((m) => m.location === "body")) {
      const v = synth.value(m.type, m.name, 0);
      wire[m.wireName] = v;
      data[m.name] = v;
    }
    return { wire, data };
  }

  /** Every (operation, error) pair of the spec set's services of `vendor`. */
  function pairs(vendor: IrService["vendor"]): Array<{ svc: IrService; op: IrOperation; error: IrError; title: string }> {
    return model.services
      .filter((s) => s.vendor === vendor)
      .flatMap((svc) => svc.operations.flatMap((op) => op.errors.map((error) => ({ svc, op, error, title: `${svc.id} ${op.name} -> ${error.name}` }))));
  }

  const aws = pairs("aws");
  const huawei = pairs("huawei");

  it.each(aws)("AWS $title: x-amzn-ErrorType with a namespace, x-amzn-RequestId, header and body members", async ({ svc, op, error }) => {
    const mod = await importGenerated(svc.id, "index.js");
    const { wire, data } = errorBody(svc, error);
    const headers: Record<string, string> = { "x-amzn-ErrorType": `${error.code}:http://internal.amazon.com/coral/com.amazonaws.${svc.id}/`, "x-amzn-RequestId": "req-1" };
    for (const m of error.members.filter((m) => m.location === "header")) {
      headers[m.wireName] = "3600";
      data[m.name] = "3600";
    }
    server.replies.push({ status: error.status, headers, body: JSON.stringify(wire) });
    const e = await failure(newClient(svc, mod, server.url)[op.methodName]!(requiredInput(svc, op)));
    expect(e).toBeInstanceOf(mod[error.name] as new () => Error);
    expect(e).toMatchObject({ status: error.status, code: error.code, requestId: "req-1", data });
  });

  it.each(huawei)("Huawei $title: error_code, error_msg and X-Request-Id", async ({ svc, op, error }) => {
    const mod = await importGenerated(svc.id, "index.js");
    server.replies.push({ status: error.status, headers: { "X-Request-Id": "hw-1" }, body: JSON.stringify({ error_code: error.code, error_msg: "documented failure" }) });
    const e = await failure(newClient(svc, mod, server.url)[op.methodName]!(requiredInput(svc, op)));
    expect(e).toBeInstanceOf(mod[error.name] as new () => Error);
    expect(e).toMatchObject({ status: error.status, code: error.code, message: "documented failure", requestId: "hw-1" });
  });

  it.each(model.services.map((s) => [s.id, s] as const))("%s: an undocumented status and code become the service's generic class", async (_id, svc) => {
    const mod = await importGenerated(svc.id, "index.js");
    const op = svc.operations[0]!;
    const body = svc.vendor === "aws" ? '{"message":"short and stout"}' : '{"error_code":"TEAPOT.0418","error_msg":"short and stout"}';
    server.replies.push({ status: 418, headers: svc.vendor === "aws" ? { "x-amzn-ErrorType": "TeapotException" } : {}, body });
    const e = await failure(newClient(svc, mod, server.url)[op.methodName]!(requiredInput(svc, op)));
    expect(e.constructor).toBe(mod[svc.names.serviceError]);
    expect(e).toMatchObject({ status: 418, code: svc.vendor === "aws" ? "TeapotException" : "TEAPOT.0418", message: "short and stout" });
  });

  it.each(model.services.map((s) => [s.id, s] as const))("%s: a non-JSON error body is kept as text on a retryable generic error", async (_id, svc) => {
    const mod = await importGenerated(svc.id, "index.js");
    const op = svc.operations[0]!;
    server.replies.push({ status: 502, headers: { "content-type": "text/html" }, body: "<html>bad gateway</html>" });
    const e = await failure(newClient(svc, mod, server.url)[op.methodName]!(requiredInput(svc, op)));
    expect(e.constructor).toBe(mod[svc.names.serviceError]);
    expect(e).toMatchObject({ status: 502, body: "<html>bad gateway</html>", retryable: true });
  });
});
