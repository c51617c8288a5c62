/** JSON shared by both sides: untrusted keys as plain data, bounded parsing, media types. */
import { describe, expect, it } from "vitest";
import { isObject, own, pointerSegments, setOwn } from "../../../src/runtime/shared/json.js";
import { jsonDepth, openingBrackets, parseJson, valueDepth } from "../../../src/runtime/shared/json-parse.js";
import { isJsonMediaType } from "../../../src/runtime/shared/media-type.js";

describe("untrusted keys", () => {
  it("own reads own properties only, never inherited ones", () => {
    expect(own({}, "constructor")).toBeUndefined();
    expect(own({}, "toString")).toBeUndefined();
    expect(own(JSON.parse('{"constructor":1}'), "constructor")).toBe(1);
    expect(own("text", "length")).toBeUndefined();
    expect(own(null, "x")).toBeUndefined();
  });

  it("setOwn makes __proto__ an own data key, leaving the prototype alone", () => {
    const o: Record<string, unknown> = {};
    setOwn(o, "__proto__", { polluted: true });
    expect(Object.hasOwn(o, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect((o as { polluted?: unknown }).polluted).toBeUndefined();
    expect(JSON.stringify(o)).toBe('{"__proto__":{"polluted":true}}');
  });

  it("isObject means a plain JSON object", () => {
    expect([isObject({}), isObject([]), isObject(null), isObject("x")]).toEqual([true, false, false, false]);
  });
});

describe("bounded parsing", () => {
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

  it("refuses nesting over the limit before JSON.parse, and reports parse errors as values", () => {
    expect(parseJson(`{"a":${"[".repeat(70)}${"]".repeat(70)}}`, 64)).toEqual({ ok: false, reason: "JSON nesting deeper than 64 levels" });
    expect(parseJson(`{"a":${"[".repeat(10)}${"]".repeat(10)}}`, 64).ok).toBe(true);
    expect(parseJson("{nope", 64).ok).toBe(false);
  });

  it("keeps __proto__ as an own data key", () => {
    const r = parseJson('{"__proto__":{"x":1}}', 64);
    expect(r.ok && Object.hasOwn(r.value as object, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>)["x"]).toBeUndefined();
  });

  it("measures the depth of parsed values, stopping past the bound", () => {
    expect(valueDepth("x", 5)).toBe(0);
    expect(valueDepth([], 5)).toBe(1);
    expect(valueDepth({ a: [{ b: 1 }] }, 5)).toBe(3);
    let deep: unknown = 1;
    for (let i = 0; i < 1000; i++) deep = [deep];
    expect(valueDepth(deep, 10)).toBeGreaterThan(10);
  });
});

describe("media types", () => {
  it("accepts JSON media types, refuses others", () => {
    for (const t of ["application/json", "application/json; charset=utf-8", "Application/JSON", "application/x-amz-json-1.1", "application/problem+json"]) expect(isJsonMediaType(t)).toBe(true);
    for (const t of ["", "text/plain", "text/html; charset=utf-8", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) expect(isJsonMediaType(t)).toBe(false);
  });
});

describe("pointerSegments", () => {
  it("splits and unescapes JSON pointers, one segment or many", () => {
    expect(pointerSegments("")).toEqual([]);
    expect(pointerSegments("/")).toEqual([""]);
    expect(pointerSegments("/name")).toEqual(["name"]);
    expect(pointerSegments("/a~1b")).toEqual(["a/b"]);
    expect(pointerSegments("/a~0b")).toEqual(["a~b"]);
    expect(pointerSegments("/~01")).toEqual(["~1"]);
    expect(pointerSegments("/items/3/a~1b/~0")).toEqual(["items", "3", "a/b", "~"]);
    expect(pointerSegments("//x")).toEqual(["", "x"]);
  });
});
