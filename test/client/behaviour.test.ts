/**
 * What users expect of the client beyond the wire: retries with backoff that
 * honour Retry-After, a call deadline, AbortSignal, transport errors kept
 * apart from service errors, hooks, extra headers, a pluggable fetch, token
 * providers and input validation with the generated validators.
 */
import { createServer } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  ApiGatewayClient,
  ApiGatewayServiceError,
  InputValidationError,
  NetworkError,
  ServiceError,
  TimeoutError,
  TooManyRequestsException,
  BadRequestException,
  type ApiGatewayClientOptions,
  type PutMethodRequest,
} from "../../generated/apigateway/src/index.js";
import { HuaweiApigClient } from "../../generated/huawei-apig/src/index.js";
import * as validators from "../../generated/apigateway/src/validators.js";
import { startCaptureServer, type CaptureServer } from "./capture-server.js";

const input: PutMethodRequest = { restApiId: "api1", resourceId: "res1", httpMethod: "GET", authorizationType: "NONE" };
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

function client(options: Partial<ApiGatewayClientOptions> = {}): ApiGatewayClient {
  return new ApiGatewayClient({ endpoint: server.url, region: "us-east-1", credentials: { accessKeyId: "AK", secretAccessKey: "SK" }, retry: { baseDelayMs: 1 }, ...options });
}

async function requestsDuring(run: () => Promise<unknown>): Promise<{ count: number; result: unknown }> {
  const before = server.requests.length;
  const result = await run().catch((e: unknown) => e);
  return { count: server.requests.length - before, result };
}

describe("input", () => {
  it("may be left out when no member is required", async () => {
    const before = server.requests.length;
    server.replies.push({ status: 200, body: "{}" });
    await client().updateAccount();
    expect(server.requests[before]).toMatchObject({ method: "PATCH", url: "/account", body: "{}" });
  });
});

describe("output", () => {
  it("returns documented members and drops members the model does not know", async () => {
    await expect(client().putMethod(input)).resolves.toEqual({ httpMethod: "GET", authorizationType: "NONE", apiKeyRequired: false });
  });
});

describe("retries", () => {
  it("retries a throttled answer after the Retry-After it names, then succeeds", async () => {
    const c = client({ hooks: { beforeRetry: (ctx) => void delays.push(ctx.delayMs) } });
    const delays: number[] = [];
    server.replies.push({ status: 429, headers: { "x-amzn-ErrorType": "TooManyRequestsException", "Retry-After": "0" }, body: '{"message":"slow"}' });
    const { count, result } = await requestsDuring(() => c.putMethod(input));
    expect(count).toBe(2);
    expect(delays).toEqual([0]);
    expect(result).toMatchObject({ httpMethod: "GET" });
  });

  it("retries 5xx with backoff up to maxAttempts, then throws the last error", async () => {
    const c = client({ retry: { maxAttempts: 3, baseDelayMs: 1 } });
    for (let i = 0; i < 3; i++) server.replies.push({ status: 503, body: '{"message":"unavailable"}' });
    const { count, result } = await requestsDuring(() => c.putMethod(input));
    expect(count).toBe(3);
    expect(result).toBeInstanceOf(ApiGatewayServiceError);
    expect(result).toMatchObject({ status: 503, retryable: true });
  });

  it("does not wait for a Retry-After longer than maxDelayMs", async () => {
    const c = client({ retry: { maxDelayMs: 1000 } });
    server.replies.push({ status: 429, headers: { "x-amzn-ErrorType": "TooManyRequestsException", "Retry-After": "3600" }, body: "{}" });
    const { count, result } = await requestsDuring(() => c.putMethod(input));
    expect(count).toBe(1);
    expect(result).toBeInstanceOf(TooManyRequestsException);
  });

  it("does not retry client errors, nor anything with retry: false", async () => {
    server.replies.push({ status: 400, headers: { "x-amzn-ErrorType": "BadRequestException" }, body: '{"message":"bad"}' });
    const c = client();
    const a = await requestsDuring(() => c.putMethod(input));
    expect(a.count).toBe(1);
    expect(a.result).toBeInstanceOf(BadRequestException);
    const d = client({ retry: false });
    server.replies.push({ status: 500, body: "{}" });
    expect((await requestsDuring(() => d.putMethod(input))).count).toBe(1);
  });

  it("signs every attempt afresh", async () => {
    const c = client();
    server.replies.push({ status: 500, body: "{}" });
    const before = server.requests.length;
    await c.putMethod(input);
    const [first, second] = server.requests.slice(before);
    expect(first!.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 /);
    expect(second!.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 /);
  });
});

describe("deadlines, aborts and transport errors", () => {
  it("a slow answer fails with TimeoutError, not a service error", async () => {
    const err = await client({ timeoutMs: 50 }).putMethod(input, { headers: { "x-test-delay": "2000" } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err).not.toBeInstanceOf(ServiceError);
    expect(err).toMatchObject({ operation: "PutMethod", timeoutMs: 50 });
  });

  it("a per-call timeout overrides the client's", async () => {
    await expect(client({ timeoutMs: 60_000 }).putMethod(input, { timeoutMs: 50, headers: { "x-test-delay": "2000" } })).rejects.toBeInstanceOf(TimeoutError);
  });

  it("an aborted signal rejects with its reason, before or during the call", async () => {
    const pre = new AbortController();
    pre.abort(new Error("changed my mind"));
    const { count, result } = await requestsDuring(() => client().putMethod(input, { signal: pre.signal }));
    expect(count).toBe(0);
    expect(result).toMatchObject({ message: "changed my mind" });

    const during = new AbortController();
    const pending = client().putMethod(input, { signal: during.signal, headers: { "x-test-delay": "2000" } });
    setTimeout(() => during.abort(), 30);
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
  });

  it("an abort also ends a retry wait", async () => {
    server.replies.push({ status: 503, headers: { "Retry-After": "10" }, body: "{}" });
    const ac = new AbortController();
    const c = client({ retry: { maxDelayMs: 60_000 }, hooks: { beforeRetry: () => void setTimeout(() => ac.abort(), 10) } });
    await expect(c.putMethod(input, { signal: ac.signal })).rejects.toMatchObject({ name: "AbortError" });
  });

  it("a refused connection is a NetworkError after the retries", async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as { port: number }).port;
    await new Promise<void>((r) => closed.close(() => r()));
    let attempts = 0;
    const err = await client({ endpoint: `http://127.0.0.1:${port}`, hooks: { beforeRequest: () => void attempts++ } })
      .putMethod(input)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NetworkError);
    expect(err).not.toBeInstanceOf(ServiceError);
    expect(attempts).toBe(3);
  });

  it("a response body over maxResponseBytes is a NetworkError, declared or streamed", async () => {
    server.replies.push({ status: 201, body: JSON.stringify({ operationName: "x".repeat(5000) }) });
    const { count, result: err } = await requestsDuring(() => client({ maxResponseBytes: 1000 }).putMethod(input));
    expect(count).toBe(1); // not retried
    expect(err).toBeInstanceOf(NetworkError);
    expect((err as NetworkError).message).toMatch(/maxResponseBytes/);
    await expect(client({ retry: false, maxResponseBytes: 1000, fetch: async () => new Response(new ReadableStream({ start: (c) => { c.enqueue(new Uint8Array(600)); c.enqueue(new Uint8Array(600)); c.close(); } }), { status: 201 }) }).putMethod(input)).rejects.toThrow(/exceeds maxResponseBytes/);
    await expect(client({ maxResponseBytes: 1_000_000 }).putMethod(input)).resolves.toMatchObject({ httpMethod: "GET" });
  });

  it("a dropped connection is a NetworkError", async () => {
    server.replies.push({ status: 0, destroy: true });
    await expect(client({ retry: false }).putMethod(input)).rejects.toBeInstanceOf(NetworkError);
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
    await c.putMethod(input);
    const sent = server.requests[before]!;
    expect(sent.headers["x-trace-id"]).toBe("t-1");
    expect(sent.headers.authorization).toContain("x-trace-id");
    expect(seen).toEqual([[201, JSON.parse(created.body)]]);
  });

  it("sends client-wide and per-call extra headers", async () => {
    const before = server.requests.length;
    await client({ headers: { "X-Client": "c", "X-Both": "client" } }).putMethod(input, { headers: { "X-Both": "call" } });
    expect(server.requests[before]!.headers).toMatchObject({ "x-client": "c", "x-both": "call" });
  });

  it("uses the fetch it is given", async () => {
    const urls: string[] = [];
    const c = client({ fetch: (url, init) => (urls.push(url), fetch(url, init)) });
    await c.putMethod({ ...input, restApiId: "a b" });
    expect(urls).toEqual([`${server.url}/restapis/a%20b/resources/res1/methods/GET`]);
  });
});

describe("input validation with the generated validators", () => {
  const bad = { restApiId: "api1", resourceId: "res1", httpMethod: "GET" } as unknown as PutMethodRequest;

  it("rejects invalid input before sending when the validators are given, with their problems", async () => {
    const { count, result } = await requestsDuring(() => client({ validators }).putMethod(bad));
    expect(count).toBe(0);
    expect(result).toBeInstanceOf(InputValidationError);
    expect((result as InputValidationError).problems).toContainEqual(expect.objectContaining({ rule: "required" }));
  });

  it("sends valid input when enabled, and anything without validators (the default) or with validate: false per call", async () => {
    await expect(client({ validators }).putMethod(input)).resolves.toMatchObject({ httpMethod: "GET" });
    expect((await requestsDuring(() => client().putMethod(bad))).count).toBe(1);
    expect((await requestsDuring(() => client({ validators }).putMethod(bad, { validate: false }))).count).toBe(1);
  });

  it("refuses a validators object that lacks the operation's validator", async () => {
    await expect(client({ validators: {} }).putMethod(input)).rejects.toThrow(/validators has no function validatePutMethodRequest/);
  });
});

describe("Huawei token", () => {
  it("sends a static token or asks the provider on every attempt", async () => {
    const hw = { project_id: "p", instance_id: "i", group_id: "g", response_id: "r", name: "resp" };
    let n = 0;
    server.replies.push({ status: 500, body: '{"error_code":"APIG.9999","error_msg":"System error"}' }, { status: 200, body: "{}" });
    const before = server.requests.length;
    await new HuaweiApigClient({ endpoint: server.url, token: async () => `tok-${++n}`, retry: { baseDelayMs: 1 } }).updateGatewayResponse(hw);
    expect(server.requests.slice(before).map((r) => r.headers["x-auth-token"])).toEqual(["tok-1", "tok-2"]);
    await new HuaweiApigClient({ endpoint: server.url, token: "static" }).updateGatewayResponse(hw);
    expect(server.requests.at(-1)!.headers["x-auth-token"]).toBe("static");
    expect(server.requests.at(-1)!.headers.authorization).toBeUndefined();
  });
});
