/** Request bodies are read within a byte limit, refused as soon as they pass it. */
import { PassThrough } from "node:stream";
import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { readBody, type BodyResult } from "../../../src/runtime/mock/read-body.js";

function fakeRequest(chunks: string[], headers: Record<string, string> = {}): IncomingMessage {
  const s = new PassThrough();
  for (const c of chunks) s.write(c);
  s.end();
  return Object.assign(s, { headers }) as unknown as IncomingMessage;
}

const read = (req: IncomingMessage, limit: number) => new Promise<BodyResult>((resolve) => readBody(req, limit, resolve));

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
});
