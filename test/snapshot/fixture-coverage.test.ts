/**
 * The fixture specs together use every spec-format feature: every field the
 * JSON Schema defines and every value of its keyword enums. When the format
 * grows, this fails until a fixture uses the new field, so every emitter's
 * snapshot covers it.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, test } from "vitest";
import { compareStrings } from "../../src/util/sort.js";
import { fixturesEnv } from "../support/env.js";
import { FIXTURE_SPECS, REPO } from "./harness.js";

const schema = JSON.parse(readFileSync(path.join(REPO, "schema/spec-format.schema.json"), "utf8"));

/** Mappings whose keys are names chosen by the spec author, not spec fields. */
const NAME_MAPS = new Set(["members", "shapes", "errors", "echo", "resources"]);
/** Subtrees that are wire data (examples, defaults, the mock's state), not spec structure. */
const DATA_KEYS = new Set(["body", "initial", "default", "path", "query", "headers"]);

interface Usage {
  fields: Set<string>;
  /** `field=value` for scalar values. */
  values: Set<string>;
}

function collect(node: unknown, usage: Usage, parentKey?: string): void {
  if (Array.isArray(node)) {
    for (const item of node) {
      if (typeof item === "string" || typeof item === "number") usage.values.add(`${parentKey}=${item}`);
      collect(item, usage, parentKey);
    }
    return;
  }
  if (!node || typeof node !== "object") return;
  for (const [key, value] of Object.entries(node)) {
    if (parentKey !== undefined && NAME_MAPS.has(parentKey)) {
      collect(value, usage);
      continue;
    }
    usage.fields.add(key);
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") usage.values.add(`${key}=${value}`);
    // http.path is a field; example path/query/headers and bodies are data.
    if (DATA_KEYS.has(key) && typeof value === "object") continue;
    collect(value, usage, key);
  }
}

/** Every fixture spec file, parsed. */
function fixtureFiles(): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  for (const folder of readdirSync(FIXTURE_SPECS).sort(compareStrings)) {
    let names: string[];
    try {
      names = readdirSync(path.join(FIXTURE_SPECS, folder));
    } catch {
      continue;
    }
    for (const name of names.filter((n) => /\.ya?ml$/.test(n)).sort(compareStrings)) out.push(parse(readFileSync(path.join(FIXTURE_SPECS, folder, name), "utf8")));
  }
  return out;
}

function fixtureUsage(): Usage {
  const usage: Usage = { fields: new Set(), values: new Set() };
  for (const file of fixtureFiles()) collect(file, usage);
  return usage;
}

/** Every property name the schema defines anywhere. */
function schemaFields(): string[] {
  const names = new Set<string>();
  const walk = (node: unknown) => {
    if (!node || typeof node !== "object") return;
    const props = (node as { properties?: Record<string, unknown> }).properties;
    if (props) for (const k of Object.keys(props)) names.add(k);
    for (const v of Object.values(node)) walk(v);
  };
  walk(schema);
  return [...names].sort(compareStrings);
}

const usage = fixtureUsage();

describe("the fixture specs use every spec-format feature", () => {
  test("every field of the schema", () => {
    // `$schema` is allowed for editors; the fixtures use the yaml-language-server comment instead.
    const unused = schemaFields().filter((f) => f !== "$schema" && !usage.fields.has(f));
    expect(unused, "schema fields no fixture uses: add them to test/fixtures/specs/").toEqual([]);
  });

  const enums: Array<[string, string[]]> = [
    ["type", schema.$defs.typeKeyword.enum],
    ["location", schema.$defs.member.properties.location.enum],
    ["format", schema.$defs.typeFields.properties.format.enum],
    ["method", schema.$defs.operationFile.properties.http.properties.method.enum],
    ["action", schema.$defs.operationResource.properties.action.enum],
    ["vendor", schema.$defs.serviceFile.properties.vendor.enum],
    ["protocol", schema.$defs.serviceFile.properties.protocol.enum],
    ["scheme", schema.$defs.serviceFile.properties.auth.properties.scheme.enum],
    ["input", schema.$defs.serviceFile.properties.unknownMembers.properties.input.enum],
    ["output", schema.$defs.serviceFile.properties.unknownMembers.properties.output.enum],
  ];
  test.each(enums)("every value of '%s'", (field, values) => {
    expect(values.length).toBeGreaterThan(0);
    expect(values.filter((v) => !usage.values.has(`${field}=${v}`))).toEqual([]);
  });

  test("a `verify` mark with a fact the schema accepts", () => {
    const facts: string[] = schema.$defs.verifyMark.properties.ignore.items.enum;
    expect(facts.some((f) => usage.values.has(`ignore=${f}`))).toBe(true);
  });
});

describe("the fixture models use every construct of the IR", () => {
  const { model } = fixturesEnv();
  const operations = model.services.flatMap((s) => s.operations);

  test("an operation without output (no response body) and one with", () => {
    expect(operations.some((o) => o.output === undefined)).toBe(true);
    expect(operations.some((o) => o.output !== undefined)).toBe(true);
  });

  test("service-wide members, included by structures", () => {
    expect(model.services.some((s) => s.members.length > 0)).toBe(true);
    const included = model.services.flatMap((s) => s.shapes.flatMap((sh) => (sh.kind === "structure" ? sh.members.filter((m) => m.shared !== undefined) : [])));
    expect(included.map((m) => m.location)).toEqual(expect.arrayContaining(["path", "body"]));
  });

  test("resources with a parent, a generated id and initial instances, singletons, and every action on them", () => {
    const resources = model.services.flatMap((s) => s.resources);
    expect(resources.some((r) => r.parent !== undefined)).toBe(true);
    expect(resources.some((r) => r.id !== undefined)).toBe(true);
    expect(resources.some((r) => r.initial.length > 0)).toBe(true);
    expect(resources.some((r) => r.key.length === 0)).toBe(true);
    const actions = operations.flatMap((o) => (o.resource ? [o.resource] : []));
    expect(actions.some((a) => a.echo.length > 0)).toBe(true);
    expect(actions.some((a) => a.readOnlyPaths.length > 0)).toBe(true);
    expect(actions.some((a) => a.items !== undefined)).toBe(true);
  });

  test("operations of every protocol, and operations without any resource action", () => {
    expect(new Set(model.services.map((s) => s.protocol))).toEqual(new Set(schema.$defs.serviceFile.properties.protocol.enum));
    expect(operations.some((o) => o.resource === undefined)).toBe(true);
  });
});
