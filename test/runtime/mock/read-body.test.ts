/** Request bodies are read within a byte limit (refused as soon as they pass it) and a time limit. */
import { PassThrough } from "node:stream";
import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { Deadlines } from "../../../src/runtime/mock/deadlines.js";
import { readBody, type BodyResult } from "../../../src/runtime/mock/read-body.js";

function fakeRequest(chunks: string[], headers: Record<string, string> = {}): IncomingMessage {
  const s = new PassThrough();
  for (const c of chunks) s.write(c);
  s.end();
  return Object.assign(s, { headers }) as unknown as IncomingMessage;
}

const deadlines = new Deadlines(10);
const read = (req: IncomingMessage, limit: number, ms = 1000) => new Promise<BodyResult>((resolve) => readBody(req, limit, deadlines, ms, resolve));

describe("readBody", () => {
  it("reads chunks up to the limit and refuses beyond it, by header or by count", async () => {
    expect(await read(fakeRequest(['{"a":', '"b"}']), 100)).toEqual({ ok: true, text: '{"a":"b"}' });
    expect(await read(fakeRequest(["x".repeat(60), "x".repeat(60)]), 100)).toEqual({ ok: false, reason: "too-large", limit: 100 });
    expect(await read(fakeRequest(["x"], { "content-length": "5000" }), 100)).toEqual({ ok: false, reason: "too-large", limit: 100 });
    expect(await read(fakeRequest([]), 100)).toEqual({ ok: true, text: "" });
  });

  it("decodes UTF-8 split across chunks", async () => {
    const bytes = Buffer.from('"ü名"');
    const s = new PassThrough();
    s.write(bytes.subarray(0, 2));
    s.write(bytes.subarray(2));
    s.end();
    expect(await read(Object.assign(s, { headers: {} }) as unknown as IncomingMessage, 100)).toEqual({ ok: true, text: '"ü名"' });
  });

  it("gives up on a body that stops arriving, after the timeout (checked by a sweep, not a timer per request)", async () => {
    const s = new PassThrough();
    s.write("{");
    const started = performance.now();
    expect(await read(Object.assign(s, { headers: {} }) as unknown as IncomingMessage, 100, 80)).toEqual({ ok: false, reason: "timeout", ms: 80 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(75);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("reports a request that goes away as aborted", async () => {
    const s = new PassThrough();
    s.write("{");
    const pending = read(Object.assign(s, { headers: {} }) as unknown as IncomingMessage, 100);
    // As Node's IncomingMessage does when the client goes away mid-body.
    s.destroy(Object.assign(new Error("aborted"), { code: "ECONNRESET" }));
    expect(await pending).toEqual({ ok: false, reason: "aborted" });
  });
});
