/** `patchOperations` on a copy of a stored record, resolved against the output shape. */
import { describe, expect, it } from "vitest";
import { applyPatch, type PatchRules } from "../../../../src/runtime/mock/state/patch.js";
import { decodeServiceTable } from "../../../../src/runtime/table/decode.js";
import type { ServiceTable } from "../../../../src/runtime/table/types.js";
import { mockDefinition } from "../../../support/mock-services.js";

const account = decodeServiceTable((await mockDefinition("apigateway")).service).structures.get("Account")!;
const accountRules: PatchRules = { shape: account, readOnly: ["/throttleSettings"], maxBytes: 1 << 20, maxDepth: 64 };
const stored = { cloudwatchRoleArn: "arn:old", throttleSettings: { burstLimit: 5000, rateLimit: 10000 }, features: ["A"], apiKeyVersion: "4" };

const things: ServiceTable = {
  id: "p",
  name: "P",
  title: "P",
  protocol: "aws-rest-json",
  auth: { scheme: "sigv4", signingName: "p" },
  rejectUnknownInput: true,
  shapes: {
    In: [],
    Thing: [
      ["displayName", "string", "display_name"],
      ["count", "integer"],
      ["enabled", "boolean"],
      ["ratio", "double"],
      ["labels", ["map", "string"]],
      ["limits", "Limits"],
      ["tree", "Node"],
    ],
    Limits: [["burst", "integer"]],
    Node: [["value", "string"], ["children", ["list", "Node"]]],
  },
  errors: {},
  operations: { Op: { method: "PATCH", path: "/", status: 200, input: "In", output: "Thing", errors: [] } },
};
const thing = decodeServiceTable(things).structures.get("Thing")!;
const thingRules: PatchRules = { shape: thing, readOnly: [], maxBytes: 4096, maxDepth: 16 };

describe("RFC 6902 verbs", () => {
  it("replaces, adds, removes, copies, moves and tests, on a copy", () => {
    const r = applyPatch(
      stored,
      [
        { op: "replace", path: "/cloudwatchRoleArn", value: "arn:new" },
        { op: "add", path: "/features/-", value: "UsagePlans" },
        { op: "add", path: "/features/0", value: "First" },
        { op: "copy", from: "/cloudwatchRoleArn", path: "/apiKeyVersion" },
        { op: "test", path: "/apiKeyVersion", value: "arn:new" },
        { op: "remove", path: "/features/1" },
        { op: "move", from: "/apiKeyVersion", path: "/cloudwatchRoleArn" },
      ],
      accountRules,
    );
    expect(r).toEqual({ ok: true, value: { cloudwatchRoleArn: "arn:new", throttleSettings: { burstLimit: 5000, rateLimit: 10000 }, features: ["First", "UsagePlans"] } });
    expect(stored).toEqual({ cloudwatchRoleArn: "arn:old", throttleSettings: { burstLimit: 5000, rateLimit: 10000 }, features: ["A"], apiKeyVersion: "4" });
  });

  it("add on a list member appends the value, remove with a value takes it out (how API Gateway enables usage plans)", () => {
    const added = applyPatch(stored, [{ op: "add", path: "/features", value: "UsagePlans" }], accountRules);
    expect(added).toMatchObject({ ok: true, value: { features: ["A", "UsagePlans"] } });
    const removed = applyPatch(stored, [{ op: "remove", path: "/features", value: "A" }], accountRules);
    expect(removed).toMatchObject({ ok: true, value: { features: [] } });
    expect(applyPatch({}, [{ op: "add", path: "/features", value: "X" }], accountRules)).toMatchObject({ ok: true, value: { features: ["X"] } });
    expect(applyPatch(stored, [{ op: "remove", path: "/features", value: "B" }], accountRules)).toEqual({ ok: false, message: 'Invalid patch path /features: it does not contain "B"' });
    expect(applyPatch(stored, [{ op: "remove", path: "/features" }], accountRules)).toMatchObject({ ok: true, value: { cloudwatchRoleArn: "arn:old" } });
  });

  it("refuses unknown verbs, missing targets, failed tests and bad pointers", () => {
    const fails = (op: Record<string, unknown>) => applyPatch(stored, [op], accountRules).ok === false;
    expect(fails({ op: "merge", path: "/apiKeyVersion" })).toBe(true);
    expect(fails({ op: "remove", path: "/apiKeyVersion/x" })).toBe(true);
    expect(applyPatch({}, [{ op: "remove", path: "/apiKeyVersion" }], accountRules)).toEqual({ ok: false, message: "Invalid patch path /apiKeyVersion: nothing to remove" });
    expect(fails({ op: "test", path: "/cloudwatchRoleArn", value: "other" })).toBe(true);
    expect(fails({ op: "replace", path: "cloudwatchRoleArn", value: "x" })).toBe(true);
    expect(fails({ op: "replace", path: "", value: "x" })).toBe(true);
    expect(fails({ op: "replace", path: "/features/x", value: "x" })).toBe(true);
    expect(fails({ op: "copy", path: "/apiKeyVersion" })).toBe(true);
    expect(fails({ op: "replace", path: "/apiKeyVersion" })).toBe(true);
    expect(fails({ op: "move", from: "/features", path: "/features/0" })).toBe(true);
  });

  it("resolves paths only to members of the output shape, by wire name", () => {
    expect(applyPatch(stored, [{ op: "add", path: "/polluted", value: "x" }], accountRules)).toEqual({ ok: false, message: "Invalid patch path /polluted: 'polluted' is not a member of Account" });
    expect(applyPatch({}, [{ op: "replace", path: "/display_name", value: "n" }], thingRules)).toEqual({ ok: true, value: { displayName: "n" } });
    expect(applyPatch({}, [{ op: "replace", path: "/displayName", value: "n" }], thingRules).ok).toBe(false);
    expect(applyPatch({}, [{ op: "add", path: "/count/x", value: "1" }], thingRules)).toEqual({ ok: false, message: "Invalid patch path /count/x: nothing lies below a integer" });
  });
});

describe("read-only paths", () => {
  it("can be neither written (on, below or above them) nor copied from", () => {
    for (const path of ["/throttleSettings", "/throttleSettings/burstLimit"]) {
      const r = applyPatch(stored, [{ op: "replace", path, value: "1" }], accountRules);
      expect(r).toEqual({ ok: false, message: `Invalid patch operation 'replace' on ${path}: /throttleSettings cannot be changed this way.` });
    }
    expect(applyPatch(stored, [{ op: "move", from: "/throttleSettings", path: "/apiKeyVersion" }], accountRules).ok).toBe(false);
    expect(applyPatch(stored, [{ op: "copy", from: "/throttleSettings/burstLimit", path: "/apiKeyVersion" }], accountRules)).toEqual({
      ok: false,
      message: "Invalid patch operation 'copy' from /throttleSettings/burstLimit: /throttleSettings cannot be copied this way.",
    });
    expect(applyPatch(stored, [{ op: "test", path: "/throttleSettings/burstLimit", value: "5000" }], accountRules).ok).toBe(true);
  });
});

describe("values", () => {
  it("strings become the type stored at the path; values that do not fit are refused", () => {
    const r = applyPatch({}, [
      { op: "replace", path: "/count", value: "42" },
      { op: "replace", path: "/enabled", value: "true" },
      { op: "replace", path: "/ratio", value: "0.5" },
      { op: "add", path: "/limits/burst", value: "7" },
    ], thingRules);
    expect(r).toEqual({ ok: true, value: { count: 42, enabled: true, ratio: 0.5, limits: { burst: 7 } } });
    expect(applyPatch({}, [{ op: "replace", path: "/count", value: "many" }], thingRules)).toEqual({ ok: false, message: 'Invalid value "many" for /count' });
    expect(applyPatch({}, [{ op: "replace", path: "/limits", value: "x" }], thingRules).ok).toBe(false);
    expect(applyPatch({}, [{ op: "replace", path: "/limits", value: { burst: 1, extra: 2 } }], thingRules)).toEqual({ ok: true, value: { limits: { burst: 1 } } });
    expect(applyPatch({ displayName: "d" }, [{ op: "copy", from: "/display_name", path: "/count" }], thingRules).ok).toBe(false);
  });

  it("treats __proto__ in a pointer as a plain map key", () => {
    const r = applyPatch({}, [{ op: "add", path: "/labels/__proto__", value: "yes" }], thingRules);
    expect(r.ok && Object.hasOwn(r.value["labels"] as object, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});

describe("transactions and bounds", () => {
  it("a failing operation leaves the record exactly as it was", () => {
    const before = structuredClone(stored);
    const r = applyPatch(stored, [
      { op: "replace", path: "/cloudwatchRoleArn", value: "arn:new" },
      { op: "add", path: "/features", value: "UsagePlans" },
      { op: "replace", path: "/throttleSettings/rateLimit", value: "1" },
    ], accountRules);
    expect(r.ok).toBe(false);
    expect(stored).toEqual(before);
  });

  it("refuses a result larger than the byte bound (copies doubling a value)", () => {
    const copies = Array.from({ length: 20 }, () => ({ op: "copy", from: "/tree", path: "/tree/children/-" }));
    const r = applyPatch({ tree: { value: "x".repeat(100), children: [] } }, copies, thingRules);
    expect(r).toEqual({ ok: false, message: "Invalid patch operation on /tree/children/-: the resource would exceed 4096 bytes" });
  });

  it("refuses a result deeper than the depth bound", () => {
    let deep: Record<string, unknown> = { value: "leaf" };
    for (let i = 0; i < 20; i++) deep = { value: "n", children: [deep] };
    const r = applyPatch({}, [{ op: "replace", path: "/tree", value: deep }], { ...thingRules, maxBytes: 1 << 20 });
    expect(r).toEqual({ ok: false, message: "Invalid patch operation on /tree: the resource would nest deeper than 16 levels" });
  });
});
