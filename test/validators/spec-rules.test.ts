/**
 * The spec syntax for documented rules (`allowedValues`, `openInModel`):
 * what the IR makes of it and what the checker reports about it
 * (src/check/rules.ts), and the names the IR decides for the extra
 * validators of an operation input and of each error.
 */
import { describe, expect, test } from "vitest";
import type { IrStringType, IrStructureShape } from "../../src/ir/types.js";
import { compileSet, diagnose } from "../check/spec-set.js";

/** GetThing with `member` (YAML under `members:`, indented 4) added to its input. */
const withMember = (yaml: string) => ({
  "demo/GetThing.yaml": `operation: GetThing
http:
  method: GET
  path: /things/{id}
input:
  type: structure
  members:
    id:
      type: string
      location: path
      required: true
${yaml}
`,
});

describe("IR", () => {
  test("allowedValues are the documented values, closed; openInModel is kept as written", () => {
    const model = compileSet(withMember(`    kind:
      type: string
      allowedValues: [A, { value: B, documentation: the second }]
      openInModel: [allowedValues]
    tags:
      type: map
      keys: { type: string, pattern: "^t\\\\.", openInModel: [pattern] }
      values: { type: string }`));
    const input = model.services[0]!.shapes.find((s) => s.name === "GetThingRequest") as IrStructureShape;
    const kind = input.members.find((m) => m.name === "kind")!.type as IrStringType;
    expect(kind.closed).toBe(true);
    expect(kind.knownValues!.map((v) => [v.value, v.documentation])).toEqual([["A", undefined], ["B", "the second"]]);
    expect(kind.openInModel).toEqual(["allowedValues"]);
    const tags = input.members.find((m) => m.name === "tags")!.type;
    expect(tags.kind === "map" && tags.key.openInModel).toEqual(["pattern"]);
  });

  test("an operation input gets its lenient and body validator names; an error its data validators", () => {
    const service = compileSet().services[0]!;
    const input = service.shapes.find((s) => s.name === "GetThingRequest") as IrStructureShape;
    expect([input.lenientValidatorName, input.bodyValidatorName, input.bodyCheckName]).toEqual(["validateGetThingRequestLenient", "validateGetThingRequestBody", "checkGetThingRequestBody"]);
    const output = service.shapes.find((s) => s.name === "GetThingResponse") as IrStructureShape;
    expect(output.lenientValidatorName).toBeUndefined();
    const e = service.errors.find((x) => x.name === "BadRequest")!;
    expect([e.validatorName, e.checkName, e.guardName]).toEqual(["validateBadRequestData", "checkBadRequestData", "isBadRequestData"]);
  });
});

describe("checker", () => {
  test("knownValues and allowedValues together", () => {
    expect(diagnose(withMember(`    kind:
      type: string
      knownValues: [A]
      allowedValues: [A]`))).toEqual(["demo/GetThing.yaml:15:22 error: 'kind': both knownValues and allowedValues (documented values are either open (knownValues) or enforced (allowedValues); keep one list)"]);
  });

  test("openInModel naming a rule the type does not have", () => {
    expect(diagnose(withMember(`    kind:
      type: string
      maxLength: 3
      openInModel: [pattern]`))).toEqual(["demo/GetThing.yaml:15:20 error: 'kind': openInModel lists 'pattern', which this type does not have (list only constraints written on the same type)"]);
  });

  test("an allowed value twice, or one that breaks the string's own rules", () => {
    expect(diagnose(withMember(`    kind:
      type: string
      pattern: "^[A-Z]+$"
      allowedValues: [A, A, b]`))).toEqual([
      "demo/GetThing.yaml:15:26 error: 'kind': allowed value 'A' is listed twice (list each value once)",
      `demo/GetThing.yaml:15:29 error: 'kind': allowed value "b" does not match pattern ^[A-Z]+$ (an allowed value must satisfy the type's own constraints)`,
    ]);
  });

  test("a default outside the allowed values", () => {
    expect(diagnose(withMember(`    kind:
      type: string
      allowedValues: [A]
      default: B`))[0]).toContain(`default of 'kind' "B" is not one of the allowed values`);
  });

  test("openInModel on a type that has no constraints (boolean) is a field that does not apply", () => {
    expect(diagnose(withMember(`    flag:
      type: boolean
      openInModel: [minimum]`))[0]).toContain("field 'openInModel' does not apply to type boolean");
  });

  test("a lenient validator name taken by a shape's validator is a collision", () => {
    const out = diagnose({
      ...withMember(`    other:
      ref: GetThingRequestLenient`),
      "demo/service.yaml": `service: demo
name: Demo
title: Demo service
vendor: aws
protocol: aws-rest-json
auth:
  scheme: sigv4
errors:
  BadRequest:
    status: 400
    code: BadRequest
shapes:
  GetThingRequestLenient:
    type: structure
    members:
      a: { type: string }
`,
    });
    expect(out.join("\n")).toContain("generated name 'validateGetThingRequestLenient'");
  });
});
