/** IR decisions the spec format documents: default names and default timestamp formats. */
import { describe, expect, test } from "vitest";
import type { IrStructureShape, IrTimestampType } from "../../src/ir/types.js";
import { BASE_FILES, compileSet } from "../check/spec-set.js";

const OP = "demo/GetThing.yaml";
const SERVICE = "demo/service.yaml";

function structure(model: ReturnType<typeof compileSet>, name: string): IrStructureShape {
  const s = model.services[0]!.shapes.find((x) => x.name === name);
  if (s?.kind !== "structure") throw new Error(`no structure ${name}`);
  return s;
}

describe("default timestamp format", () => {
  const opWithTimestamps = BASE_FILES[OP]!.replace(
    "    id:\n      type: string\n      location: path\n      required: true\n",
    "    id:\n      type: string\n      location: path\n      required: true\n    q:\n      type: timestamp\n      location: query\n    h:\n      type: timestamp\n      location: header\n    b:\n      type: timestamp\n    l:\n      type: list\n      items:\n        type: timestamp\n    e:\n      type: timestamp\n      format: http-date\n",
  );
  const cases: Array<[string, { protocol: string; want: Record<string, IrTimestampType["format"]> }]> = [
    ["aws-rest-json", { protocol: "aws-rest-json", want: { q: "date-time", h: "http-date", b: "epoch-seconds", l: "epoch-seconds", e: "http-date" } }],
    ["huawei-rest-json", { protocol: "huawei-rest-json", want: { q: "date-time", h: "date-time", b: "date-time", l: "date-time", e: "http-date" } }],
  ];
  test.each(cases)("%s", (_name, { protocol, want }) => {
    const service = BASE_FILES[SERVICE]!.replace("protocol: aws-rest-json", `protocol: ${protocol}`).replace("vendor: aws", protocol === "aws-rest-json" ? "vendor: aws" : "vendor: huawei");
    const model = compileSet({ [SERVICE]: service, [OP]: opWithTimestamps });
    const got: Record<string, string> = {};
    for (const m of structure(model, "GetThingRequest").members) {
      const t = m.type.kind === "list" ? m.type.items : m.type;
      if (t.kind === "timestamp") got[m.name] = t.format;
    }
    expect(got).toEqual(want);
  });
});

describe("default names", () => {
  test("input/output are <Op>Request/<Op>Response; inline shapes are parent + PascalCase(member); errors' data <Name>Data", () => {
    const op = BASE_FILES[OP]!.replace(
      /output:[\s\S]*$/,
      "output:\n  type: structure\n  members:\n    owner_info:\n      type: structure\n      members:\n        tags:\n          type: list\n          items:\n            type: structure\n            members:\n              k:\n                type: string\n    state:\n      type: enum\n      values: [ON, OFF]\n    named:\n      type: structure\n      name: Custom\n      members: {}\nerrors:\n  BadRequest:\n",
    );
    const svc = compileSet({ [OP]: op }).services[0]!;
    expect(svc.shapes.map((s) => s.name)).toEqual(["Custom", "GetThingRequest", "GetThingResponse", "GetThingResponseOwnerInfo", "GetThingResponseOwnerInfoTagsItem", "GetThingResponseState"]);
    expect(svc.errors.map((e) => e.typeName)).toEqual(["BadRequestData"]);
    expect(svc.operations[0]!.methodName).toBe("getThing");
  });
});
