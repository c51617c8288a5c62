/**
 * Hostile and broken requests, for every service of the spec set: each one
 * gets a 4xx in the vendor's format (with the vendor's request id header),
 * the server stays up, and the next valid call still succeeds.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { StartedMock } from "../../src/mock/start-mock.js";
import { authHeaders, call, rawJson, rawSocket, startTestMock } from "../support/mock-http.js";
import { operationCases, services, validInput, wireRequest, type OperationCase } from "../support/mock-services.js";

const all = services();
const cases = await operationCases(all);
/** Per service, its first operation that takes a body. */
const withBody = all.map((s) => cases.find((c) => c.service === s && c.op.http.method !== "GET" && c.op.http.method !== "DELETE")!);
const BODY_LIMIT = 64 * 1024;

let mock: StartedMock;
beforeAll(async () => {
  mock = await startTestMock({ bodyLimit: BODY_LIMIT, stateless: true });
});
beforeEach(() => mock.reset());
afterAll(async () => {
  await mock?.close();
});

const idHeader = (c: OperationCase) => (c.service.protocol === "aws-rest-json" ? "x-amzn-requestid" : "x-request-id");

/** The vendor's error format: AWS `x-amzn-ErrorType` and `{"message"}`, Huawei `{"error_code": "APIG.dddd", "error_msg"}`. */
function expectVendorError(c: OperationCase, r: { headers: Headers; json: Record<string, unknown> | undefined }) {
  expect(r.headers.get(idHeader(c)), "request id").toMatch(/\S/);
  if (c.service.protocol === "aws-rest-json") {
    expect(r.headers.get("x-amzn-errortype")).toMatch(/\S/);
    expect(typeof r.json?.["message"]).toBe("string");
  } else {
    expect(r.json?.["error_code"]).toMatch(/^APIG\.\d{4}$/);
    expect(typeof r.json?.["error_msg"]).toBe("string");
  }
}

async function send(c: OperationCase, body?: string, extra: Record<string, string> = {}, path?: string) {
  const wire = await wireRequest(c, validInput(c));
  return call(mock.url, wire.method, path ?? wire.path, { ...wire.headers, ...authHeaders(c.service), ...extra }, body ?? wire.body);
}

/** A valid call still succeeds: the server is up and unaffected. */
async function stillHealthy(c: OperationCase) {
  expect((await send(c)).status).toBe(c.op.http.successStatus);
}

describe.each(withBody.map((c) => [c.service.id, c] as const))("%s: broken bodies", (_, c) => {
  it("malformed JSON: the operation's 400", async () => {
    const r = await send(c, '{"a": 1,');
    expect(r.status).toBe(400);
    expectVendorError(c, r);
    await stillHealthy(c);
  });

  it.each(["[]", "null", '"x"', "42"])("a JSON body that is not an object (%s): 400", async (body) => {
    const r = await send(c, body);
    expect(r.status).toBe(400);
    expectVendorError(c, r);
  });

  it("a body over the limit (Content-Length): 413, answered in full, the connection then closed; server fine", async () => {
    const r = await send(c, JSON.stringify({ x: "x".repeat(200 * 1024) }));
    expect(r.status).toBe(413);
    expectVendorError(c, r);
    expect(r.text).toContain(String(BODY_LIMIT));
    expect(r.headers.get("connection")).toBe("close");
    await stillHealthy(c);
  });

  it("a chunked body over the limit (no Content-Length): 413", async () => {
    const wire = await wireRequest(c, validInput(c));
    const chunks = ['{"x":"', "y".repeat(40 * 1024), "y".repeat(40 * 1024), '"}'];
    const body = new ReadableStream({
      pull(controller) {
        const next = chunks.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(next));
      },
    });
    const res = await fetch(mock.url + wire.path, { method: wire.method, headers: { ...wire.headers, ...authHeaders(c.service) }, body, duplex: "half" } as RequestInit);
    expect(res.status).toBe(413);
    await res.arrayBuffer();
    await stillHealthy(c);
  });

  it("deep nesting: 400 before anything walks it", async () => {
    const r = await send(c, `{"x": ${"[".repeat(20_000)}${"]".repeat(20_000)}}`);
    expect(r.status).toBe(400);
    expectVendorError(c, r);
    if (c.service.protocol === "aws-rest-json") expect(r.json!["message"]).toContain("nesting deeper than 64");
    await stillHealthy(c);
  });

  it("a content type that is not JSON: 400", async () => {
    const r = await send(c, "a=b", { "content-type": "application/x-www-form-urlencoded" });
    expect(r.status).toBe(400);
    expectVendorError(c, r);
  });

  it("__proto__ and constructor keys are plain data: refused as unknown members, nothing polluted", async () => {
    const wire = await wireRequest(c, validInput(c));
    const body = wire.body!.replace(/^\{/, '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},');
    const r = await send(c, body);
    expect(r.status).toBe(400);
    expectVendorError(c, r);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    await stillHealthy(c);
  });
});

describe.each(all.map((s) => [s.id, s] as const))("%s: requests no operation answers", (_, service) => {
  const c = cases.find((x) => x.service === service)!;

  it("an unknown route, reached with this service's credentials: its 404 with its request id", async () => {
    const r = await call(mock.url, "GET", "/no/such/thing", authHeaders(service));
    expect(r.status).toBe(404);
    expectVendorError(c, r);
  });

  it("a known path with another method: 405 (with Allow) in the vendor's format", async () => {
    const wire = await wireRequest(c, validInput(c));
    const other = ["GET", "PUT", "POST", "PATCH", "DELETE"].find((m) => !cases.some((x) => x.service === service && x.op.http.method === m && x.op.http.path === c.op.http.path))!;
    const r = await call(mock.url, other, wire.path.split("?")[0]!, authHeaders(service));
    expect(r.status).toBe(405);
    expect(r.headers.get("allow")).toContain(c.op.http.method);
    expectVendorError(c, r);
  });

  const labelled = cases.find((x) => x.service === service && x.model.labels.length > 0);
  if (labelled)
    it(`broken percent-encoding in a path label (${labelled.op.name}): 400`, async () => {
      const label = labelled.model.labels[0]!;
      const wire = await wireRequest(labelled, { ...validInput(labelled), [label.name]: "SENTINEL" });
      const broken = wire.path.replace("SENTINEL", "%E0%A4%A");
      const r = await call(mock.url, wire.method, broken, { ...wire.headers, ...authHeaders(service) }, wire.body);
      expect(r.status).toBe(400);
      expectVendorError(labelled, r);
    });

  it("without credentials: the vendor's 401/403", async () => {
    const wire = await wireRequest(c, validInput(c));
    const r = await call(mock.url, wire.method, wire.path, wire.headers, wire.body);
    expect([401, 403]).toContain(r.status);
    expectVendorError(c, r);
  });
});

describe("the connection itself", () => {
  it("garbage that is not HTTP gets a 400 in a vendor's format, and the server carries on", async () => {
    const { socket, received, closed } = await rawSocket(mock.port);
    socket.write("NOT HTTP AT ALL\r\n\r\n");
    await closed;
    expect(received()).toMatch(/^HTTP\/1\.1 400 /);
    expect(rawJson(received())).toBeDefined();
    for (const c of withBody) await stillHealthy(c);
  });

  it("200 concurrent clients each get their own answer", async () => {
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => (i % 4 === 3 ? send(withBody[i % withBody.length]!, "[1]") : send(withBody[i % withBody.length]!))));
    results.forEach((r, i) => expect(r.status).toBe(i % 4 === 3 ? 400 : withBody[i % withBody.length]!.op.http.successStatus));
  });
});
