import { describe, expect, it } from "vitest";
import { StateStore, applyPatch, pointerWithin, stateKey } from "../../../src/runtime/mock/state.js";

const asIs = (_: readonly string[], v: unknown) => ({ ok: true as const, value: v });

describe("StateStore", () => {
  it("stores per kind and key, and drops the oldest past its bound", () => {
    const s = new StateStore(2);
    s.set("k", "a", 1);
    s.set("k", "b", 2);
    s.set("other", "a", 9);
    s.set("k", "c", 3);
    expect([s.has("k", "a"), s.get("k", "b"), s.get("k", "c"), s.get("other", "a")]).toEqual([false, 2, 3, 9]);
    s.clear();
    expect(s.has("k", "b")).toBe(false);
  });

  it("keys distinguish value tuples that would collide when joined", () => {
    expect(stateKey(["a/b", "c"])).not.toBe(stateKey(["a", "b/c"]));
    expect(stateKey([])).toBe("");
  });
});

describe("applyPatch", () => {
  const account = { cloudwatchRoleArn: "arn:old", throttleSettings: { burstLimit: 5000, rateLimit: 10000 }, features: ["A"] };

  it("replaces, adds, removes, copies, moves and tests, on a copy", () => {
    const r = applyPatch(
      account,
      [
        { op: "replace", path: "/cloudwatchRoleArn", value: "arn:new" },
        { op: "add", path: "/features/-", value: "UsagePlans" },
        { op: "add", path: "/features/0", value: "First" },
        { op: "copy", from: "/cloudwatchRoleArn", path: "/apiKeyVersion" },
        { op: "move", from: "/apiKeyVersion", path: "/copied" },
        { op: "test", path: "/copied", value: "arn:new" },
        { op: "remove", path: "/features/1" },
      ],
      [],
      asIs,
    );
    expect(r).toEqual({ ok: true, value: { cloudwatchRoleArn: "arn:new", throttleSettings: { burstLimit: 5000, rateLimit: 10000 }, features: ["First", "UsagePlans"], copied: "arn:new" } });
    expect(account.cloudwatchRoleArn).toBe("arn:old");
  });

  it("refuses any operation on or below a read-only path, naming it", () => {
    for (const path of ["/throttleSettings", "/throttleSettings/burstLimit"]) {
      const r = applyPatch(account, [{ op: "replace", path, value: "1" }], ["/throttleSettings"], asIs);
      expect(r).toEqual({ ok: false, message: `Invalid patch operation 'replace' on ${path}: /throttleSettings cannot be changed this way.` });
    }
    expect(applyPatch(account, [{ op: "move", from: "/throttleSettings", path: "/x" }], ["/throttleSettings"], asIs).ok).toBe(false);
  });

  it("refuses unknown verbs, missing targets, failed tests and bad pointers", () => {
    expect(applyPatch(account, [{ op: "merge", path: "/a" }], [], asIs).ok).toBe(false);
    expect(applyPatch(account, [{ op: "remove", path: "/nothing" }], [], asIs).ok).toBe(false);
    expect(applyPatch(account, [{ op: "test", path: "/cloudwatchRoleArn", value: "other" }], [], asIs).ok).toBe(false);
    expect(applyPatch(account, [{ op: "replace", path: "cloudwatchRoleArn", value: "x" }], [], asIs).ok).toBe(false);
    expect(applyPatch(account, [{ op: "replace", path: "", value: "x" }], [], asIs).ok).toBe(false);
  });

  it("uses the coercion (AWS sends strings) and reports its failures", () => {
    const toNumber = (_: readonly string[], v: unknown) => (Number.isNaN(Number(v)) ? { ok: false as const, message: "not a number" } : { ok: true as const, value: Number(v) });
    expect(applyPatch({ n: 1 }, [{ op: "replace", path: "/n", value: "42" }], [], toNumber)).toEqual({ ok: true, value: { n: 42 } });
    expect(applyPatch({ n: 1 }, [{ op: "replace", path: "/n", value: "x" }], [], toNumber)).toEqual({ ok: false, message: "not a number" });
  });

  it("treats __proto__ in a pointer as a plain key", () => {
    const r = applyPatch({}, [{ op: "add", path: "/__proto__/polluted", value: "yes" }], [], asIs);
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(r.ok && Object.hasOwn(r.value, "__proto__")).toBe(true);
  });

  it("pointerWithin matches whole segments only", () => {
    expect(pointerWithin("/throttleSettings/x", "/throttleSettings")).toBe(true);
    expect(pointerWithin("/throttleSettingsX", "/throttleSettings")).toBe(false);
  });
});
