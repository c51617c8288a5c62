/** The bounded store: by kind and key, oldest write forgotten first, by count and by bytes. */
import { describe, expect, it } from "vitest";
import { initialKeyUnder, initialMatches, keyString, keyValues } from "../../../../src/runtime/mock/state/key.js";
import { ResourceStore } from "../../../../src/runtime/mock/state/store.js";

const big = 1 << 30;

describe("ResourceStore", () => {
  it("stores per kind and key, and forgets the oldest write past its count", () => {
    const s = new ResourceStore({ maxResources: 2, maxBytes: big });
    s.put("k", "a", ["a"], { v: 1 });
    s.put("k", "b", ["b"], { v: 2 });
    s.put("k", "a", ["a"], { v: 3 }); // a write makes "a" the newest
    s.put("other", "a", ["a"], { v: 9 });
    expect([s.get("k", "a")?.value, s.get("k", "b"), s.get("other", "a")?.value]).toEqual([{ v: 3 }, undefined, { v: 9 }]);
    expect(s.size).toBe(2);
    s.clear();
    expect([s.size, s.bytes, s.get("k", "a")]).toEqual([0, 0, undefined]);
  });

  it("forgets the oldest writes past its byte budget, estimated from the JSON size", () => {
    const s = new ResourceStore({ maxResources: 1000, maxBytes: 2200 });
    for (let i = 0; i < 10; i++) s.put("k", String(i), [String(i)], { text: "x".repeat(400) });
    // Each: 411 bytes of JSON, 1 of key, 128 of overhead.
    expect(s.get("k", "9")?.bytes).toBe(540);
    expect(s.bytes).toBe(4 * 540);
    expect([...s.entries("k")].map((e) => e.key)).toEqual(["6", "7", "8", "9"]);
    s.delete("k", "9");
    expect([...s.entries("k")].map((e) => e.key)).toEqual(["6", "7", "8"]);
  });

  it("keeps tombstones (no value) as entries, counted like any other", () => {
    const s = new ResourceStore({ maxResources: 10, maxBytes: big });
    s.put("k", "a", ["a"], undefined);
    expect(s.get("k", "a")).toMatchObject({ value: undefined });
    expect(s.size).toBe(1);
  });
});

describe("keys", () => {
  it("are the key members' values as text; distinct tuples never collide", () => {
    expect(keyValues(["a", "n", "missing"], { a: "x", n: 3 })).toEqual(["x", "3", ""]);
    expect(keyString(["a/b", "c"])).not.toBe(keyString(["a", "b/c"]));
    expect(keyString([])).toBe("");
  });

  it("initial instances match any value for key members they leave out", () => {
    const names = ["project", "id"];
    expect(initialMatches({ value: {} }, names, ["p", "i"])).toBe(true);
    expect(initialMatches({ key: { id: "i" }, value: {} }, names, ["any", "i"])).toBe(true);
    expect(initialMatches({ key: { id: "i" }, value: {} }, names, ["any", "j"])).toBe(false);
  });

  it("an initial instance is listed under a parent only with its own key members given", () => {
    const names = ["project", "id"];
    expect(initialKeyUnder({ key: { id: "i" }, value: {} }, names, ["p"])).toEqual(["p", "i"]);
    expect(initialKeyUnder({ key: { project: "q", id: "i" }, value: {} }, names, ["p"])).toBeUndefined();
    expect(initialKeyUnder({ key: { project: "p" }, value: {} }, names, ["p"])).toBeUndefined();
  });
});
