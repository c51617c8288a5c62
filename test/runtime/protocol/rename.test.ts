/** Documented <-> wire names in JSON bodies, driven by the decoded model. */
import { describe, expect, it } from "vitest";
import { fromWire, structureFromWire, toWire, wirePath } from "../../../src/runtime/protocol/rename.js";
import type { WireProblem } from "../../../src/runtime/protocol/types.js";
import { decodeServiceTable } from "../../../src/runtime/table/decode.js";
import type { TypeModel } from "../../../src/runtime/table/model.js";
import type { ServiceTable } from "../../../src/runtime/table/types.js";

const table: ServiceTable = {
  id: "r",
  name: "R",
  title: "R",
  protocol: "aws-rest-json",
  auth: { scheme: "sigv4", signingName: "r" },
  rejectUnknownInput: true,
  shapes: {
    Req: [
      ["AppId", "string", "appId", "path"],
      ["Config", "Config", "resourceConfig"],
      ["Items", ["list", "Config"], "items"],
      ["Tags", ["map", "Config"], "tags"],
    ],
    Config: [
      ["ApiName", "string", "apiName"],
      ["Auth", "Auth", "auth"],
      ["Extra", ["list", "Auth"], "extra"],
    ],
    Auth: [
      ["Mode", "string", "mode"],
      ["Tags", ["map", "string"], "tags"],
    ],
  },
  errors: {},
  operations: { Op: { method: "PUT", path: "/apps/{appId}", status: 200, input: "Req", errors: [] } },
};
const model = decodeServiceTable(table);
const struct = (name: string): TypeModel => ({ kind: "structure", shape: model.structures.get(name)! });
const decodeProblems = (value: Record<string, unknown>, name: string) => {
  const problems: WireProblem[] = [];
  const out = structureFromWire(value, model.structures.get(name)!, { problems }, "", {});
  return { out, problems };
};

describe("toWire", () => {
  it("renames nested members in table order and drops unknown, null and undefined members", () => {
    const out = toWire({ Extra: [{ Mode: "b" }, null], Auth: { Mode: "a", Tags: { k: "v", n: null } }, ApiName: "x", Unknown: 1, Nothing: undefined }, struct("Config"));
    expect(JSON.stringify(out)).toBe('{"apiName":"x","auth":{"mode":"a","tags":{"k":"v"}},"extra":[{"mode":"b"}]}');
  });

  it("keeps map keys such as __proto__ as plain own data", () => {
    const input = JSON.parse('{"Mode":"m","Tags":{"__proto__":"p","constructor":"c"}}') as unknown;
    const out = toWire(input, struct("Auth")) as { tags: Record<string, string> };
    expect(Object.keys(out.tags)).toEqual(["__proto__", "constructor"]);
    expect(JSON.stringify(out)).toBe('{"mode":"m","tags":{"__proto__":"p","constructor":"c"}}');
    expect(Object.getPrototypeOf(out.tags)).toBe(Object.prototype);
  });

  it("rejects values nested beyond the bound (a cyclic input included)", () => {
    let deep: unknown = "x";
    let t: TypeModel = { kind: "string" };
    for (let i = 0; i < 100; i++) {
      deep = [deep];
      t = { kind: "list", items: t };
    }
    expect(() => toWire(deep, t)).toThrow(/nested deeper/);
    const cyclic: Record<string, unknown> = { Mode: "m" };
    cyclic["Tags"] = cyclic;
    const self = { kind: "map" } as { kind: "map"; values: TypeModel };
    self.values = self;
    expect(() => toWire(cyclic, self)).toThrow(/nested deeper/);
  });

  it("writes Dates in the member's timestamp format", () => {
    expect(toWire(new Date("2024-05-06T07:08:09Z"), { kind: "timestamp", format: "epoch-seconds" })).toBe(1714979289);
  });
});

describe("fromWire", () => {
  it("maps wire names back to documented names and ignores inherited keys", () => {
    const body = JSON.parse('{"apiName":"x","auth":{"mode":"a"},"__proto__":{"polluted":true},"other":1}') as unknown;
    expect(fromWire(body, struct("Config"), { problems: undefined }, "")).toEqual({ ApiName: "x", Auth: { Mode: "a" } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("decodes wire names to documented names, all the way down", () => {
    const { out, problems } = decodeProblems({ resourceConfig: { apiName: "x", auth: { mode: "A" } }, items: [{ apiName: "i" }], tags: { t: { extra: [{ mode: "B" }] } } }, "Req");
    expect(problems).toEqual([]);
    expect(out).toEqual({ Config: { ApiName: "x", Auth: { Mode: "A" } }, Items: [{ ApiName: "i" }], Tags: { t: { Extra: [{ Mode: "B" }] } } });
  });

  it("reports unknown members with their wire path (documented names are unknown on the wire)", () => {
    const { problems } = decodeProblems({ ResourceConfig: {}, items: [{ nope: 1 }], tags: { k: { x: 1 } }, appId: "a" }, "Req");
    expect(problems.map((p) => p.wirePath)).toEqual(["ResourceConfig", "items[0].nope", "tags.k.x", "appId"]);
    expect(problems[0]).toEqual({ wirePath: "ResourceConfig", rule: "unknown", message: "is not a known member" });
  });

  it("keeps __proto__ map keys as data and never as a prototype", () => {
    const { out } = decodeProblems(JSON.parse('{"tags":{"__proto__":{"apiName":"p"}}}') as Record<string, unknown>, "Req");
    const tags = out["Tags"] as Record<string, unknown>;
    expect(Object.hasOwn(tags, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(tags)).toBe(Object.prototype);
    expect(tags["__proto__"]).toEqual({ ApiName: "p" });
  });

  it("drops unknown members silently when asked to, and leaves wrong types for the validator", () => {
    expect(fromWire({ apiName: "a", extra: 1, more: 2 }, struct("Config"), { problems: undefined }, "")).toEqual({ ApiName: "a", Extra: 1 });
    expect(decodeProblems({ resourceConfig: "text", items: 5 }, "Req").out).toEqual({ Config: "text", Items: 5 });
  });
});

describe("wirePath", () => {
  it("maps validator pointers back to wire paths", () => {
    const req = model.structures.get("Req")!;
    expect(wirePath(req, "/Config/Auth/Mode")).toBe("resourceConfig.auth.mode");
    expect(wirePath(req, "/Items/3/ApiName")).toBe("items[3].apiName");
    expect(wirePath(req, "/Tags/a~1b/ApiName")).toBe("tags.a/b.apiName");
    expect(wirePath(req, "/AppId")).toBe("appId");
    expect(wirePath(req, "/Unknown/x")).toBe("Unknown.x");
    expect(wirePath(req, "")).toBe("");
    // One segment: the short way, unless it must be unescaped.
    expect(wirePath(req, "/Unknown")).toBe("Unknown");
    expect(wirePath(req, "/a~1b")).toBe("a/b");
    expect(wirePath(req, "/a~0b")).toBe("a~b");
  });
});
