import { describe, expect, it } from "vitest";
import type { MockShape } from "../../../src/runtime/mock/definition.js";
import { WireCodec, fromText, type WireProblem } from "../../../src/runtime/mock/wire.js";

const shapes: Record<string, MockShape> = {
  Req: {
    kind: "structure",
    members: [
      { name: "AppId", wireName: "appId", location: "path", type: { kind: "string" }, required: true },
      { name: "Config", wireName: "resourceConfig", location: "body", type: { kind: "ref", name: "Config" }, required: false },
      { name: "Items", wireName: "items", location: "body", type: { kind: "list", items: { kind: "ref", name: "Config" } }, required: false },
      { name: "Tags", wireName: "tags", location: "body", type: { kind: "map", key: { kind: "string" }, value: { kind: "ref", name: "Config" } }, required: false },
    ],
  },
  Config: {
    kind: "structure",
    members: [
      { name: "ApiName", wireName: "apiName", location: "body", type: { kind: "string" }, required: false },
      { name: "Mode", wireName: "mode", location: "body", type: { kind: "ref", name: "Mode" }, required: false },
    ],
  },
  Mode: { kind: "enum", values: ["API_KEY", "AWS_IAM"] },
  Out: {
    kind: "structure",
    members: [
      { name: "Id", wireName: "id", location: "body", type: { kind: "string" }, required: false },
      { name: "RetryAfter", wireName: "Retry-After", location: "header", type: { kind: "string" }, required: false },
    ],
  },
  Same: { kind: "structure", members: [{ name: "a", wireName: "a", location: "body", type: { kind: "string" }, required: false }] },
};

describe("WireCodec", () => {
  const codec = new WireCodec(shapes, true);

  it("decodes wire names to documented names, all the way down", () => {
    const problems: WireProblem[] = [];
    const doc = codec.decodeStruct("Req", { resourceConfig: { apiName: "x", mode: "API_KEY" }, items: [{ apiName: "i" }], tags: { t: { mode: "AWS_IAM" } } }, "", problems, { AppId: "app" });
    expect(problems).toEqual([]);
    expect(doc).toEqual({ AppId: "app", Config: { ApiName: "x", Mode: "API_KEY" }, Items: [{ ApiName: "i" }], Tags: { t: { Mode: "AWS_IAM" } } });
  });

  it("reports unknown members with their wire path (documented names are unknown on the wire)", () => {
    const problems: WireProblem[] = [];
    codec.decodeStruct("Req", { ResourceConfig: {}, items: [{ nope: 1 }], tags: { k: { x: 1 } } }, "", problems);
    expect(problems.map((p) => p.wirePath)).toEqual(["ResourceConfig", "items[0].nope", "tags.k.x"]);
  });

  it("keeps __proto__ map keys as data and never as a prototype", () => {
    const problems: WireProblem[] = [];
    const doc = codec.decodeStruct("Req", JSON.parse('{"tags":{"__proto__":{"apiName":"p"}}}') as unknown, "", problems) as { Tags: Record<string, unknown> };
    expect(Object.hasOwn(doc.Tags, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(doc.Tags)).toBe(Object.prototype);
    expect(doc.Tags["__proto__"]).toEqual({ ApiName: "p" });
  });

  it("allows unknown members when the service allows them, dropping them", () => {
    const lenient = new WireCodec(shapes, false);
    const problems: WireProblem[] = [];
    expect(lenient.decodeStruct("Config", { apiName: "a", extra: 1 }, "", problems)).toEqual({ ApiName: "a" });
    expect(problems).toEqual([]);
  });

  it("leaves wrong types for the validator to report", () => {
    expect(codec.decodeStruct("Req", { resourceConfig: "text", items: 5 }, "", [])).toEqual({ Config: "text", Items: 5 });
  });

  it("encodes documented objects to wire bodies, header members to headers, identity shapes untouched", () => {
    const headers: Record<string, string> = {};
    expect(codec.encodeStruct("Out", { Id: "1", RetryAfter: "5" }, headers)).toEqual({ id: "1" });
    expect(headers).toEqual({ "Retry-After": "5" });
    const same = { a: "x" };
    expect(codec.encodeStruct("Same", same, undefined)).toBe(same);
  });

  it("maps validator pointers back to wire paths", () => {
    expect(codec.wirePath("Req", "/Config/Mode")).toBe("resourceConfig.mode");
    expect(codec.wirePath("Req", "/Items/3/ApiName")).toBe("items[3].apiName");
    expect(codec.wirePath("Req", "/Tags/a~1b/Mode")).toBe("tags.a/b.mode");
    expect(codec.wirePath("Req", "/AppId")).toBe("appId");
    expect(codec.wirePath("Req", "")).toBe("");
  });
});

describe("fromText", () => {
  it("converts path, query and header text to the member's type when it parses", () => {
    expect(fromText({ kind: "integer" }, "42")).toBe(42);
    expect(fromText({ kind: "integer" }, "x")).toBe("x");
    expect(fromText({ kind: "integer" }, " ")).toBe(" ");
    expect(fromText({ kind: "boolean" }, "true")).toBe(true);
    expect(fromText({ kind: "boolean" }, "yes")).toBe("yes");
    expect(fromText({ kind: "timestamp", format: "epoch-seconds" }, "10")).toBe(10);
    expect(fromText({ kind: "string" }, "10")).toBe("10");
  });
});
