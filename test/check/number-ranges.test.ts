/**
 * Integer members carry their type's range (32-bit `integer`, 64-bit
 * `long`) in the IR, so that the generated validators, JSON Schema and
 * OpenAPI refuse `2147483648` and `1.2e29` for an `integer` without code of
 * their own (issue 14). Checked on packages generated from the checker's
 * base spec set.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { typeRange, writtenBounds } from "../../src/ir/number-ranges.js";
import type { IrNumberType, IrService } from "../../src/ir/types.js";
import { generate } from "../../src/pipeline/generate.js";
import { BASE_FILES, compileSet, removeSpecSet, withOutputMembers, writeSpecSet } from "./spec-set.js";

const MEMBERS = withOutputMembers("    n:\n      type: integer\n    small:\n      type: integer\n      minimum: 1\n      maximum: 10\n    big:\n      type: long\n    ratio:\n      type: double\n");

type Validate = (value: unknown) => { valid: boolean; problems: Array<{ path: string; rule: string }> };

let tmp: string;
let validate: Validate;
let schemaValid: (value: unknown) => boolean;
let openapi: { components: { schemas: Record<string, { properties: Record<string, Record<string, unknown>> }> } };

beforeAll(async () => {
  const specs = writeSpecSet({ ...BASE_FILES, ...MEMBERS });
  tmp = mkdtempSync(path.join(os.tmpdir(), "opforge-ranges-"));
  try {
    symlinkSync(path.resolve("node_modules"), path.join(tmp, "node_modules"), "dir");
    await generate({ specsDir: specs, outDir: path.join(tmp, "generated") });
  } finally {
    removeSpecSet(specs);
  }
  const pkg = path.join(tmp, "generated", "demo");
  validate = ((await import(pathToFileURL(path.join(pkg, "validators.js")).href)) as { validateGetThingResponse: Validate }).validateGetThingResponse;
  const schema = JSON.parse(readFileSync(path.join(pkg, "schema", "demo.schema.json"), "utf8"));
  schemaValid = new Ajv2020({ strict: false }).compile({ ...schema, $ref: "#/$defs/GetThingResponse" });
  openapi = parse(readFileSync(path.join(pkg, "openapi.yaml"), "utf8"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function member(service: IrService, name: string): IrNumberType {
  const shape = service.shapes.find((s) => s.name === "GetThingResponse");
  if (shape?.kind !== "structure") throw new Error("no GetThingResponse");
  return shape.members.find((m) => m.name === name)!.type as IrNumberType;
}

describe("the IR", () => {
  test("states each integer type's range; written bounds stay as written; floating point has none", () => {
    const service = compileSet(MEMBERS).services[0]!;
    expect(member(service, "n")).toMatchObject({ minimum: -2147483648, maximum: 2147483647 });
    expect(member(service, "small")).toMatchObject({ minimum: 1, maximum: 10 });
    expect(member(service, "big")).toMatchObject({ minimum: -(2 ** 63), maximum: 2 ** 63 });
    expect(member(service, "ratio").minimum).toBeUndefined();
    expect(writtenBounds(member(service, "n"))).toEqual({ minimum: undefined, maximum: undefined });
    expect(writtenBounds(member(service, "small"))).toEqual({ minimum: 1, maximum: 10 });
    expect(typeRange("long")?.text).toBe("-9223372036854775808..9223372036854775807");
  });
});

describe("the generated package", () => {
  test.each([2147483648, 1.2e29, -2147483649])("the validator refuses %d for an integer", (n) => {
    const result = validate({ n });
    expect(result.valid).toBe(false);
    expect(result.problems.map((p) => p.path)).toEqual(["/n"]);
  });

  test("the validator accepts the range's ends, and a long past 2^53", () => {
    expect(validate({ n: 2147483647 }).valid).toBe(true);
    expect(validate({ n: -2147483648 }).valid).toBe(true);
    expect(validate({ big: 2 ** 60 }).valid).toBe(true);
    expect(validate({ big: 1.2e29 }).valid).toBe(false);
  });

  test("the JSON Schema says the same", () => {
    expect(schemaValid({ n: 2147483648 })).toBe(false);
    expect(schemaValid({ n: 1.2e29 })).toBe(false);
    expect(schemaValid({ n: 2147483647, big: 2 ** 60 })).toBe(true);
  });

  test("so does the OpenAPI document", () => {
    expect(openapi.components.schemas["GetThingResponse"]!.properties["n"]).toMatchObject({ type: "integer", minimum: -2147483648, maximum: 2147483647 });
  });
});
