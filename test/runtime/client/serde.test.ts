import { describe, expect, it } from "vitest";
import type { BoundMember, Shapes } from "../../../src/runtime/client/schema.js";
import { fromWire, readMembers, toWire } from "../../../src/runtime/client/serde.js";

const shapes: Shapes = {
  Config: [
    ["ApiName", "apiName", 0],
    ["Auth", "auth", "Auth"],
    ["Extra", "extra", ["l", "Auth"]],
  ],
  Auth: [
    ["Mode", "mode", 0],
    ["Tags", "tags", ["m", 0]],
  ],
};

describe("toWire", () => {
  it("renames nested members in table order and drops unknown, null and undefined members", () => {
    const out = toWire({ Extra: [{ Mode: "b" }, null], Auth: { Mode: "a", Tags: { k: "v", n: null } }, ApiName: "x", Unknown: 1, Nothing: undefined }, "Config", shapes);
    expect(JSON.stringify(out)).toBe('{"apiName":"x","auth":{"mode":"a","tags":{"k":"v"}},"extra":[{"mode":"b"}]}');
  });

  it("keeps map keys such as __proto__ as plain own data", () => {
    const input = JSON.parse('{"Mode":"m","Tags":{"__proto__":"p","constructor":"c"}}') as unknown;
    const out = toWire(input, "Auth", shapes) as { tags: Record<string, string> };
    expect(Object.keys(out.tags)).toEqual(["__proto__", "constructor"]);
    expect(JSON.stringify(out)).toBe('{"mode":"m","tags":{"__proto__":"p","constructor":"c"}}');
    expect(Object.getPrototypeOf(out.tags)).toBe(Object.prototype);
  });

  it("rejects values nested beyond the bound", () => {
    let deep: unknown = "x";
    for (let i = 0; i < 100; i++) deep = [deep];
    let t: import("../../../src/runtime/client/schema.js").WireType = 0;
    for (let i = 0; i < 100; i++) t = ["l", t];
    expect(() => toWire(deep, t, shapes)).toThrow(/nested deeper/);
  });
});

describe("fromWire / readMembers", () => {
  it("maps wire names back to documented names and ignores inherited keys", () => {
    const body = JSON.parse('{"apiName":"x","auth":{"mode":"a"},"__proto__":{"polluted":true},"other":1}') as unknown;
    expect(fromWire(body, "Config", shapes)).toEqual({ ApiName: "x", Auth: { Mode: "a" } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("reads header members from headers and body members from the body", () => {
    const members: BoundMember[] = [
      ["retryAfterSeconds", "Retry-After", 0, "header"],
      ["message", "message", 0, "body"],
    ];
    const headers = new Headers({ "retry-after": "3" });
    expect(readMembers(members, { message: "slow down" }, headers, shapes)).toEqual({ retryAfterSeconds: "3", message: "slow down" });
  });
});

describe("header members", () => {
  it("parse numbers and booleans by their declared type, and keep unreadable text", () => {
    const members: BoundMember[] = [
      ["size", "Content-Length", 1, "header"],
      ["cached", "X-Cached", 2, "header"],
      ["etag", "ETag", 0, "header"],
      ["odd", "X-Odd", 1, "header"],
    ];
    const headers = new Headers({ "content-length": "42", "x-cached": "true", etag: '"abc"', "x-odd": "lots" });
    expect(readMembers(members, undefined, headers, {})).toEqual({ size: 42, cached: true, etag: '"abc"', odd: "lots" });
  });
});
