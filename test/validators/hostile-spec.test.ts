/**
 * Hostile spec text in the validators and the schema: enum values, patterns
 * and messages carry the spec's exact text at run time (test/fixtures/specs/hostile).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { beforeAll, expect, test } from "vitest";
import { emitServices, type EmittedService, type ValidationResultLike } from "./generated-package.js";
import { REPO } from "./differential.js";

const DIR = path.join(REPO, "test/fixtures/specs/hostile");
const SERVICE_YAML = parse(readFileSync(path.join(DIR, "service.yaml"), "utf8"));
const OPERATION_YAML = parse(readFileSync(path.join(DIR, "EchoText.yaml"), "utf8"));
const ENUM_VALUES: string[] = SERVICE_YAML.shapes.HostileEnum.values.map((v: string | { value: string }) => (typeof v === "string" ? v : v.value));
const PATTERN: string = OPERATION_YAML.input.members.text.pattern;

let hostile: EmittedService;
beforeAll(async () => {
  hostile = (await emitServices(path.join(REPO, "test/fixtures/specs"))).services.find((s) => s.service.id === "hostile")!;
});

const run = (fn: string, value: unknown) => hostile.validators[fn]!(value) as ValidationResultLike;

test("every hostile enum value is accepted as itself, and the message lists them verbatim", () => {
  for (const v of ENUM_VALUES) expect(run("validateHostileEnum", v).valid, JSON.stringify(v)).toBe(true);
  expect(run("validateHostileEnum", "plain ").problems[0]!.message).toBe(`(root): must be one of ${ENUM_VALUES.join(", ")}`);
});

test("the hostile pattern means what the spec says, in the validator and in the schema", () => {
  const re = new RegExp(PATTERN, "u");
  const input = (text: string) => ({ id: "x", text });
  for (const text of ["plain", "with */ inside", "/* open", 'a "quote"', "back\\slash", "tick `", "dollar $ then text"]) {
    expect(run("validateEchoTextRequest", input(text)).valid, text).toBe(re.test(text));
  }
  const schema = hostile.schema as { $defs: Record<string, { properties: Record<string, { pattern?: string }> }> };
  expect(schema.$defs.EchoTextRequest!.properties.text!.pattern).toBe(PATTERN);
  expect(run("validateEchoTextRequest", input("tick `")).problems[0]!.message).toBe(`/text: must match the pattern ${PATTERN}`);
});
