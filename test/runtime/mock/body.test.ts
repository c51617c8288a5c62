import { PassThrough } from "node:stream";
import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { isJsonContentType, jsonDepth, openingBrackets, parseJsonBody, readBody, type BodyResult } from "../../../src/runtime/mock/body.js";

function fakeRequest(chunks: string[], headers: Record<string, string> = {}): IncomingMessage {
  const s = new PassThrough();
  for (const c of chunks) s.write(c);
  s.end();
  return Object.assign(s, { headers }) as unknown as IncomingMessage;
}

const read = (req: IncomingMessage, limit: number) => new Promise<BodyResult>((resolve) => readBody(req, limit, resolve));

describe("request bodies", () => {
  it("counts nesting outside strings only, and stops early past the limit", () => {
    expect(jsonDepth('{"a":[{"b":"[[[{{{"}]}', 10)).toBe(3);
    expect(jsonDepth('{"a":"\\"[[["}', 10)).toBe(1);
    expect(jsonDepth("[".repeat(1000), 5)).toBe(6);
  });

  it("counts opening brackets up to a bound (the cheap pre-check)", () => {
    expect(openingBrackets('{"a":[{"b":[]}]}', 100)).toBe(4);
    expect(openingBrackets("[".repeat(1000), 65)).toBe(65);
    expect(openingBrackets('"plain"', 10)).toBe(0);
  });

  it("refuses nesting over the limit before JSON.parse, and reports parse errors", () => {
    expect(parseJsonBody(`{"a":${"[".repeat(70)}${"]".repeat(70)}}`, 64)).toEqual({ ok: false, reason: "JSON nesting deeper than 64 levels" });
    expect(parseJsonBody(`{"a":${"[".repeat(10)}${"]".repeat(10)}}`, 64).ok).toBe(true);
    const bad = parseJsonBody("{nope", 64);
    expect(bad.ok).toBe(false);
  });

  it("keeps __proto__ as an own data key", () => {
    const r = parseJsonBody('{"__proto__":{"x":1}}', 64);
    expect(r.ok && Object.hasOwn(r.value as object, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>)["x"]).toBeUndefined();
  });

  it("reads chunks up to the limit and refuses beyond it, by header or by count", async () => {
    expect(await read(fakeRequest(['{"a":', '"b"}']), 100)).toEqual({ ok: true, text: '{"a":"b"}' });
    expect(await read(fakeRequest(["x".repeat(60), "x".repeat(60)]), 100)).toEqual({ ok: false, reason: "too-large", limit: 100 });
    expect(await read(fakeRequest(["x"], { "content-length": "5000" }), 100)).toEqual({ ok: false, reason: "too-large", limit: 100 });
    expect(await read(fakeRequest([]), 100)).toEqual({ ok: true, text: "" });
  });

  it("accepts JSON media types (and none), refuses others", () => {
    for (const t of [undefined, "", "application/json", "application/json; charset=utf-8", "application/x-amz-json-1.1", "application/problem+json"]) expect(isJsonContentType(t)).toBe(true);
    for (const t of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) expect(isJsonContentType(t)).toBe(false);
  });
});
