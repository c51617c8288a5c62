import { describe, expect, it } from "vitest";
import type { MockShape } from "../../../src/runtime/mock/definition.js";
import { Synthesizer } from "../../../src/runtime/mock/synthesize.js";

const shapes: Record<string, MockShape> = {
  Node: {
    kind: "structure",
    members: [
      { name: "name", wireName: "name", location: "body", type: { kind: "string", minLength: 3, maxLength: 64, pattern: "^[A-Za-z][A-Za-z0-9_]*$" }, required: true },
      { name: "child", wireName: "child", location: "body", type: { kind: "ref", name: "Node" }, required: true },
      { name: "note", wireName: "note", location: "body", type: { kind: "string" }, required: false },
    ],
  },
  Color: { kind: "enum", values: ["RED", "GREEN"] },
};

describe("Synthesizer", () => {
  const s = new Synthesizer(shapes);

  it("makes strings that satisfy length and pattern", () => {
    const v = s.value({ kind: "string", minLength: 3, maxLength: 64, pattern: "^[A-Za-z][A-Za-z0-9_]*$" }, "id") as string;
    expect(v).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
    expect(v.length).toBeGreaterThanOrEqual(3);
    expect(s.value({ kind: "string", pattern: "[1-5]\\d\\d" }, "statusCode")).toMatch(/[1-5]\d\d/);
    expect(s.value({ kind: "string", maxLength: 2 }, "x")).toHaveLength(2);
    expect(s.value({ kind: "string", knownValues: ["NONE", "AWS_IAM"] }, "t")).toBe("NONE");
  });

  it("makes numbers inside the range and off the excluded values", () => {
    expect(s.value({ kind: "integer", minimum: 444, maximum: 599, excluded: [444, 445] }, "status")).toBe(446);
    expect(s.value({ kind: "double", minimum: 0.5 }, "rate")).toBe(0.5);
    expect(s.value({ kind: "integer", maximum: -3 }, "n")).toBe(-3);
  });

  it("fills required members, follows refs and stops recursive shapes", () => {
    const v = s.value({ kind: "ref", name: "Node" }, "root") as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(["name", "child"]);
    let depth = 0;
    for (let cur: unknown = v; cur && typeof cur === "object" && "child" in cur; cur = (cur as { child: unknown }).child) depth++;
    expect(depth).toBeLessThan(20);
    expect(s.value({ kind: "ref", name: "Color" }, "c")).toBe("RED");
    expect(s.value({ kind: "list", items: { kind: "boolean" }, minItems: 2 }, "l")).toEqual([false, false]);
    expect(s.value({ kind: "timestamp", format: "epoch-seconds" }, "t")).toBeTypeOf("number");
  });

  it("includes optional members only when asked", () => {
    const members = (shapes["Node"] as Extract<MockShape, { kind: "structure" }>).members;
    expect(Object.keys(s.structure(members, (m) => m.name === "note"))).toEqual(["name", "child", "note"]);
  });
});
