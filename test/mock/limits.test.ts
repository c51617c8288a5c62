/**
 * Bounds that keep a hostile or broken client from hurting the mock or
 * other clients, for every service of the spec set: a 10 MB body is
 * answered with the vendor's 413 (read by the client, not dropped), then
 * drained up to a bound; a body that never completes is the vendor's 408
 * within the request timeout; a slowloris cannot hold the server; heads
 * Node refuses (huge headers, a 1 MB URL) are 431/414 in the vendor's format.
 */
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_REQUEST_TIMEOUT_MS } from "../../src/runtime/mock/index.js";
import { DRAIN_MAX_BYTES } from "../../src/runtime/mock/drain.js";
import type { StartedMock } from "../../src/mock/start-mock.js";
import { authHeaders, call, rawJson, rawSocket, startTestMock } from "../support/mock-http.js";
import { operationCases, services, validInput, wireRequest, type OperationCase } from "../support/mock-services.js";

const all = services();
const cases = await operationCases(all);
const withBody = all.map((s) => cases.find((c) => c.service === s && c.op.http.method !== "GET" && c.op.http.method !== "DELETE")!);
const TIMEOUT = 600;
const idHeader = (c: OperationCase) => (c.service.protocol === "aws-rest-json" ? "x-amzn-requestid" : "x-request-id");

let mock: StartedMock;
beforeAll(async () => {
  mock = await startTestMock({ requestTimeout: TIMEOUT, stateless: true });
});
afterAll(async () => {
  await mock?.close();
});

/** The head of `c`'s valid request, with `extra` headers and a declared length. */
async function head(c: OperationCase, length: number, extra: Record<string, string> = {}): Promise<string> {
  const wire = await wireRequest(c, validInput(c));
  const headers = { ...wire.headers, ...authHeaders(c.service), ...extra, host: "mock", "content-length": String(length) };
  return `${wire.method} ${wire.path} HTTP/1.1\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join("\r\n")}\r\n\r\n`;
}

function expectVendorRaw(c: OperationCase, raw: string, status: number) {
  expect(raw).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
  expect(raw.toLowerCase()).toMatch(new RegExp(`\\r\\n${idHeader(c)}: \\S`));
  const body = rawJson(raw);
  if (c.service.protocol === "aws-rest-json") expect(typeof body["message"]).toBe("string");
  else expect(body["error_code"]).toMatch(/^APIG\.\d{4}$/);
}

describe.each(withBody.map((c) => [c.service.id, c] as const))("%s: a 10 MB body", (_, c) => {
  const tenMb = JSON.stringify({ x: "z".repeat(10_000_000) });

  it("through fetch: the client reads the vendor's 413", async () => {
    const wire = await wireRequest(c, validInput(c));
    const r = await call(mock.url, wire.method, wire.path, { ...wire.headers, ...authHeaders(c.service) }, tenMb);
    expect(r.status).toBe(413);
    expect(r.headers.get(idHeader(c))).toMatch(/\S/);
  });

  it("through node:http, written in one go: 413, no EPIPE", async () => {
    const wire = await wireRequest(c, validInput(c));
    const status = await new Promise<number | string>((resolve) => {
      const req = request(mock.url + wire.path, { method: wire.method, headers: { ...wire.headers, ...authHeaders(c.service) } }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode!));
      });
      req.on("error", (e: NodeJS.ErrnoException) => resolve(e.code ?? String(e)));
      req.end(tenMb);
    });
    expect(status).toBe(413);
  });

  it("through a raw socket sending as fast as it can: the whole 413 arrives, then the connection closes", async () => {
    const { socket, received, closed } = await rawSocket(mock.port);
    socket.write(await head(c, tenMb.length));
    socket.write(tenMb);
    await closed;
    expectVendorRaw(c, received(), 413);
    expect(received().toLowerCase()).toContain("\r\nconnection: close\r\n");
  });
});

describe("draining is bounded", () => {
  it(`a body past ${DRAIN_MAX_BYTES / 2 ** 20} MiB is not read to its end: the connection is closed after the 413`, async () => {
    const c = withBody[0]!;
    const { socket, received, closed } = await rawSocket(mock.port);
    const declared = DRAIN_MAX_BYTES + 32 * 2 ** 20;
    socket.write(await head(c, declared));
    const chunk = Buffer.alloc(1 << 20, "z");
    let sent = 0;
    let open = true;
    void closed.then(() => (open = false));
    while (open && sent < declared) {
      if (!socket.write(chunk)) await new Promise((r) => socket.once("drain", r).once("close", r));
      sent += chunk.length;
    }
    await closed;
    expectVendorRaw(c, received(), 413);
    expect(sent).toBeLessThan(declared);
  });
});

describe.each(withBody.map((c) => [c.service.id, c] as const))("%s: slow or oversized requests", (_, c) => {
  it("a body that never completes (Content-Length 1000, 10 bytes sent): the vendor's 408 within the request timeout, then closed", async () => {
    const { socket, received, closed } = await rawSocket(mock.port);
    const started = performance.now();
    socket.write((await head(c, 1000)) + '{"abcdefg');
    await closed;
    const took = performance.now() - started;
    expectVendorRaw(c, received(), 408);
    expect(took).toBeGreaterThanOrEqual(TIMEOUT - 50);
    expect(took).toBeLessThan(TIMEOUT + 2000);
  });

  it("huge headers (100 KB): 431 in the vendor's format", async () => {
    const { socket, received, closed } = await rawSocket(mock.port);
    socket.write(await head(c, 0, { "x-big": "a".repeat(100_000) }));
    await closed;
    expectVendorRaw(c, received(), 431);
  });

  it("a 1 MB URL: 414 in the vendor's format", async () => {
    const { socket, received, closed } = await rawSocket(mock.port);
    const wire = await wireRequest(c, validInput(c));
    socket.write(`${wire.method} ${wire.path}?q=${"q".repeat(1_000_000)} HTTP/1.1\r\nhost: mock\r\n${Object.entries(authHeaders(c.service)).map(([k, v]) => `${k}: ${v}`).join("\r\n")}\r\n\r\n`);
    await closed;
    expect(received()).toMatch(/^HTTP\/1\.1 414 /);
    // The request line is too long to see credentials: the first served service's format answers.
    const body = rawJson(received());
    expect(body["message"] ?? body["error_msg"]).toBeDefined();
  });
});

describe("slowloris", () => {
  it("30 connections trickling their headers are cut with a 408 after the timeout, while other clients are served at once", async () => {
    const slow = await Promise.all(Array.from({ length: 30 }, () => rawSocket(mock.port)));
    for (const s of slow) s.socket.write("PUT /x HTTP/1.1\r\nHost: mock\r\n");
    const trickle = setInterval(() => slow.forEach((s) => s.socket.writable && s.socket.write("X")), 100);
    try {
      const c = withBody[0]!;
      const wire = await wireRequest(c, validInput(c));
      const started = performance.now();
      const r = await call(mock.url, wire.method, wire.path, { ...wire.headers, ...authHeaders(c.service) }, wire.body);
      expect(r.status).toBe(c.op.http.successStatus);
      expect(performance.now() - started).toBeLessThan(TIMEOUT);
      const begun = performance.now();
      await Promise.all(slow.map((s) => s.closed));
      expect(performance.now() - begun).toBeLessThan(TIMEOUT + 3000);
      for (const s of slow) expect(s.received()).toMatch(/^HTTP\/1\.1 408 /);
    } finally {
      clearInterval(trickle);
    }
  });

  it(`the documented default request timeout is ${DEFAULT_REQUEST_TIMEOUT_MS} ms`, async () => {
    const plain = await startTestMock();
    try {
      expect(plain.handler.requestTimeout).toBe(DEFAULT_REQUEST_TIMEOUT_MS);
      expect(plain.server.headersTimeout).toBe(DEFAULT_REQUEST_TIMEOUT_MS);
    } finally {
      await plain.close();
    }
  });
});
