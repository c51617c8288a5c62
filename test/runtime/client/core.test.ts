/**
 * What users expect of the client beyond the wire, over loopback: retries
 * with backoff that honour Retry-After, a call deadline, AbortSignal,
 * transport errors kept apart from service errors, hooks, extra headers, a
 * pluggable fetch, token providers and input validation.
 */
import { createServer } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as validators from "../../../generated/apigateway/validators.js";
import { InputValidationError, NetworkError, ServiceError, TimeoutError } from "../../../src/runtime/client/errors.js";
import { startCaptureServer, type CaptureServer } from "../../support/capture-server.js";
import { ApiGatewayServiceError, BadRequestException, TooManyRequestsException, apiGateway, huawei, putMethod, sink } from "../helpers/clients.js";

const created = { status: 201, body: '{"httpMethod":"GET","authorizationType":"NONE","apiKeyRequired":false,"unknownMember":1}' };

let server: CaptureServer;
beforeAll(async () => {
  // A per-call `x-test-delay` header asks for a slow answer (no shared queue, so no cross-test races).
  server = await startCaptureServer((req) => ({ ...created, delayMs: Number(req.headers["x-test-delay"] ?? 0) }));
});
afterAll(() => server.close());
beforeEach(() => {
  server.replies.length = 0;
});

const client = (options: Parameters<typeof apiGateway>[0] = {}) => apiGateway({ endpoint: server.url, retry: { baseDelayMs: 1 }, ...options });

async function requestsDuring(run: () => Promise<unknown>): Promise<{ count: number; result: unknown }> {
  const before = server.requests.length;
  const result = await run().catch((e: unknown) => e);
  return { count: server.requests.length - before, result };
}

describe("input and output", () => {
  it("input may be left out when no member is required", async () => {
    server.replies.push({ status: 200, body: "{}" });
    const before = server.requests.length;
    await client().call("UpdateAccount");
    expect(server.requests[before]).toMatchObject({ method: "PATCH", url: "/account", body: "{}" });
  });

  it("returns documented members and drops members the model does not know", async () => {
    await expect(client().call("PutMethod", putMethod)).resolves.toEqual({ httpMethod: "GET", authorizationType: "NONE", apiKeyRequired: false });
  });

  it("resolves to undefined for an operation without output", async () => {
    server.replies.push({ status: 204 });
    await expect(sink({ endpoint: server.url }).call("DeleteThing", { ThingId: "t" })).resolves.toBeUndefined();
  });

  it("refuses an operation the service does not have", async () => {
    await expect(client().call("Nope", {})).rejects.toThrow("ApiGateway has no operation Nope");
  });
});

describe("retries", () => {
  it("retries a throttled answer after the Retry-After it names, then succeeds", async () => {
    const delays: number[] = [];
    const c = client({ hooks: { beforeRetry: (ctx) => void delays.push(ctx.delayMs) } });
    server.replies.push({ status: 429, headers: { "x-amzn-ErrorType": "TooManyRequestsException", "Retry-After": "0" }, body: '{"message":"slow"}' });
    const { count, result } = await requestsDuring(() => c.call("PutMethod", putMethod));
    expect(count).toBe(2);
    expect(delays).toEqual([0]);
    expect(result).toMatchObject({ httpMethod: "GET" });
  });

  it("retries 5xx with backoff up to maxAttempts, then throws the last error", async () => {
    for (let i = 0; i < 3; i++) server.replies.push({ status: 503, body: '{"message":"unavailable"}' });
    const { count, result } = await requestsDuring(() => client({ retry: { maxAttempts: 3, baseDelayMs: 1 } }).call("PutMethod", putMethod));
    expect(count).toBe(3);
    expect(result).toBeInstanceOf(ApiGatewayServiceError);
    expect(result).toMatchObject({ status: 503, retryable: true, name: "ApiGatewayServiceError" });
  });

  it("retries documented retryable errors whatever their status", async () => {
    server.replies.push({ status: 400, headers: { "x-amzn-ErrorType": "LimitExceededException" }, body: "{}" });
    expect((await requestsDuring(() => client().call("PutMethod", putMethod))).count).toBe(2);
  });

  it("does not wait for a Retry-After longer than maxDelayMs", async () => {
    server.replies.push({ status: 429, headers: { "x-amzn-ErrorType": "TooManyRequestsException", "Retry-After": "3600" }, body: "{}" });
    const { count, result } = await requestsDuring(() => client({ retry: { maxDelayMs: 1000 } }).call("PutMethod", putMethod));
    expect(count).toBe(1);
    expect(result).toBeInstanceOf(TooManyRequestsException);
  });

  it("does not retry client errors, nor anything with retry: false", async () => {
    server.replies.push({ status: 400, headers: { "x-amzn-ErrorType": "BadRequestException" }, body: '{"message":"bad"}' });
    const a = await requestsDuring(() => client().call("PutMethod", putMethod));
    expect(a.count).toBe(1);
    expect(a.result).toBeInstanceOf(BadRequestException);
    server.replies.push({ status: 500, body: "{}" });
    expect((await requestsDuring(() => client({ retry: false }).call("PutMethod", putMethod))).count).toBe(1);
  });

  it("signs every attempt afresh", async () => {
    server.replies.push({ status: 500, body: "{}" });
    const before = server.requests.length;
    await client().call("PutMethod", putMethod);
    const [first, second] = server.requests.slice(before);
    expect(first!.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 /);
    expect(second!.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 /);
  });
});

describe("deadlines, aborts and transport errors", () => {
  it("a slow answer fails with TimeoutError, not a service error", async () => {
    const err = await client({ timeoutMs: 50 }).call("PutMethod", putMethod, { headers: { "x-test-delay": "2000" } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err).not.toBeInstanceOf(ServiceError);
    expect(err).toMatchObject({ operation: "PutMethod", timeoutMs: 50 });
  });

  it("a per-call timeout overrides the client's", async () => {
    await expect(client({ timeoutMs: 60_000 }).call("PutMethod", putMethod, { timeoutMs: 50, headers: { "x-test-delay": "2000" } })).rejects.toBeInstanceOf(TimeoutError);
  });

  it("an aborted signal rejects with its reason, before or during the call", async () => {
    const pre = new AbortController();
    pre.abort(new Error("changed my mind"));
    const { count, result } = await requestsDuring(() => client().call("PutMethod", putMethod, { signal: pre.signal }));
    expect(count).toBe(0);
    expect(result).toMatchObject({ message: "changed my mind" });
    const during = new AbortController();
    const pending = client().call("PutMethod", putMethod, { signal: during.signal, headers: { "x-test-delay": "2000" } });
    setTimeout(() => during.abort(), 30);
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
  });

  it("an abort also ends a retry wait", async () => {
    server.replies.push({ status: 503, headers: { "Retry-After": "10" }, body: "{}" });
    const ac = new AbortController();
    const c = client({ retry: { maxDelayMs: 60_000 }, hooks: { beforeRetry: () => void setTimeout(() => ac.abort(), 10) } });
    await expect(c.call("PutMethod", putMethod, { signal: ac.signal })).rejects.toMatchObject({ name: "AbortError" });
  });

  it("a refused connection is a NetworkError after the retries", async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as { port: number }).port;
    await new Promise<void>((r) => closed.close(() => r()));
    let attempts = 0;
    const err = await client({ endpoint: `http://127.0.0.1:${port}`, hooks: { beforeRequest: () => void attempts++ } })
      .call("PutMethod", putMethod)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NetworkError);
    expect(err).not.toBeInstanceOf(ServiceError);
    expect(attempts).toBe(3);
  });

  it("a response body over maxResponseBytes is a NetworkError, declared or streamed, and not retried", async () => {
    server.replies.push({ status: 201, body: JSON.stringify({ operationName: "x".repeat(5000) }) });
    const { count, result: err } = await requestsDuring(() => client({ maxResponseBytes: 1000 }).call("PutMethod", putMethod));
    expect(count).toBe(1);
    expect(err).toBeInstanceOf(NetworkError);
    expect((err as NetworkError).message).toMatch(/maxResponseBytes/);
    const streamed = () => new Response(new ReadableStream({ start: (c) => { c.enqueue(new Uint8Array(600)); c.enqueue(new Uint8Array(600)); c.close(); } }), { status: 201 });
    await expect(client({ retry: false, maxResponseBytes: 1000, fetch: async () => streamed() }).call("PutMethod", putMethod)).rejects.toThrow(/exceeds maxResponseBytes/);
    await expect(client({ maxResponseBytes: 1_000_000 }).call("PutMethod", putMethod)).resolves.toMatchObject({ httpMethod: "GET" });
  });

  it("a dropped connection is a NetworkError", async () => {
    server.replies.push({ status: 0, destroy: true });
    await expect(client({ retry: false }).call("PutMethod", putMethod)).rejects.toBeInstanceOf(NetworkError);
  });
});

describe("hooks, headers and fetch", () => {
  it("beforeRequest may add headers, which are signed; afterResponse sees the answer", async () => {
    const seen: Array<[number, unknown]> = [];
    const c = client({
      hooks: {
        beforeRequest: (ctx) => {
          ctx.request.headers["x-trace-id"] = `t-${ctx.attempt}`;
        },
        afterResponse: (ctx) => void seen.push([ctx.response.status, ctx.body]),
      },
    });
    const before = server.requests.length;
    await c.call("PutMethod", putMethod);
    const sent = server.requests[before]!;
    expect(sent.headers["x-trace-id"]).toBe("t-1");
    expect(sent.headers.authorization).toContain("x-trace-id");
    expect(seen).toEqual([[201, JSON.parse(created.body)]]);
  });

  it("sends client-wide and per-call extra headers", async () => {
    const before = server.requests.length;
    await client({ headers: { "X-Client": "c", "X-Both": "client" } }).call("PutMethod", putMethod, { headers: { "X-Both": "call" } });
    expect(server.requests[before]!.headers).toMatchObject({ "x-client": "c", "x-both": "call" });
  });

  it("uses the fetch it is given, asking it not to follow redirects", async () => {
    const seen: Array<[string, string]> = [];
    const c = client({ fetch: (url, init) => (seen.push([url, init.redirect]), fetch(url, init)) });
    await c.call("PutMethod", { ...putMethod, restApiId: "a b" });
    expect(seen).toEqual([[`${server.url}/restapis/a%20b/resources/res1/methods/GET`, "manual"]]);
  });
});

describe("input validation with the generated validators", () => {
  const bad = { restApiId: "api1", resourceId: "res1", httpMethod: "GET" };

  it("rejects invalid input before sending when the validators are given, with their problems", async () => {
    const { count, result } = await requestsDuring(() => client({ validators }).call("PutMethod", bad));
    expect(count).toBe(0);
    expect(result).toBeInstanceOf(InputValidationError);
    expect((result as InputValidationError).problems).toContainEqual(expect.objectContaining({ rule: "required" }));
    // The problem's path is said once: "PutMethod: invalid input: /x: is required", not "/x: /x: …".
    expect((result as InputValidationError).message).toMatch(/^PutMethod: invalid input: \/\w+: is required( \(\+\d+ more\))?$/);
  });

  it("checks a missing input as an empty one, as the signature allows", async () => {
    const { count, result } = await requestsDuring(() => client({ validators }).call("PutMethod", undefined));
    expect(count).toBe(0);
    expect((result as InputValidationError).problems.map((p) => p.rule)).toEqual(expect.arrayContaining(["required"]));
    expect((result as InputValidationError).problems.some((p) => p.rule === "type")).toBe(false);
  });

  it("sends valid input when enabled, and anything without validators (the default) or with validate: false per call", async () => {
    await expect(client({ validators }).call("PutMethod", putMethod)).resolves.toMatchObject({ httpMethod: "GET" });
    expect((await requestsDuring(() => client().call("PutMethod", bad))).count).toBe(1);
    expect((await requestsDuring(() => client({ validators }).call("PutMethod", bad, { validate: false }))).count).toBe(1);
  });

  it("refuses a validators object that lacks the operation's validator", async () => {
    await expect(client({ validators: {} }).call("PutMethod", putMethod)).rejects.toThrow(/validators has no function validatePutMethodRequest/);
  });
});

describe("Huawei token", () => {
  it("sends a static token or asks the provider on every attempt", async () => {
    const input = { project_id: "p", instance_id: "i", group_id: "g", response_id: "r", name: "resp" };
    let n = 0;
    server.replies.push({ status: 500, body: '{"error_code":"APIG.9999","error_msg":"System error"}' }, { status: 200, body: "{}" });
    const before = server.requests.length;
    await huawei({ endpoint: server.url, token: async () => `tok-${++n}`, retry: { baseDelayMs: 1 } }).call("UpdateGatewayResponse", input);
    expect(server.requests.slice(before).map((r) => r.headers["x-auth-token"])).toEqual(["tok-1", "tok-2"]);
    server.replies.push({ status: 200, body: "{}" });
    await huawei({ endpoint: server.url, token: "static" }).call("UpdateGatewayResponse", input);
    expect(server.requests.at(-1)!.headers["x-auth-token"]).toBe("static");
    expect(server.requests.at(-1)!.headers.authorization).toBeUndefined();
  });
});
