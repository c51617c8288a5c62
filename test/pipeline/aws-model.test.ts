/**
 * The AWS specs agree with the official service models (botocore's
 * service-2.json, from Debian's python3-botocore): for every AWS operation,
 * the input, output and error structures, recursively, have the same member
 * names, required flags, wire names and locations, and each operation lists
 * the same errors. A spec may mark a deliberate difference with `verify:`.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { IrMember, IrService, IrShape, IrType } from "../../src/ir/types.js";
import { compareStrings } from "../../src/util/sort.js";
import { DEFAULT_MODELS_DIR, locateModel } from "../../src/verify/service-model.js";
import { testEnv } from "../support/env.js";

interface BotoMember {
  shape: string;
  location?: "uri" | "querystring" | "header" | "headers" | "statusCode";
  locationName?: string;
}
interface BotoShape {
  type: string;
  members?: Record<string, BotoMember>;
  required?: string[];
  member?: BotoMember;
  value?: BotoMember;
}
interface BotoModel {
  operations: Record<string, { input?: { shape: string }; output?: { shape: string }; errors?: Array<{ shape: string }> }>;
  shapes: Record<string, BotoShape>;
}

const LOCATIONS: Record<string, IrMember["location"]> = { uri: "path", querystring: "query", header: "header" };

/** One line per member fact, as `<path>.<member> <fact>=<value>`; compared as sorted lists so a diff names the culprit. */
type Facts = string[];

/** Facts of the official structure `shapeName`, following nested structures through lists and maps. */
function officialFacts(model: BotoModel, shapeName: string, at: string, out: Facts, seen = new Set<string>()): Facts {
  if (seen.has(`${at}|${shapeName}`)) return out;
  seen.add(`${at}|${shapeName}`);
  const shape = model.shapes[shapeName]!;
  const required = new Set(shape.required ?? []);
  for (const [name, m] of Object.entries(shape.members ?? {})) {
    const p = `${at}.${name}`;
    out.push(`${p} required=${required.has(name)}`, `${p} wireName=${m.locationName ?? name}`, `${p} location=${LOCATIONS[m.location ?? ""] ?? "body"}`);
    const nested = structureBehind(model, m.shape);
    if (nested) officialFacts(model, nested, p, out, seen);
  }
  return out;
}

function structureBehind(model: BotoModel, shapeName: string): string | undefined {
  const s = model.shapes[shapeName]!;
  if (s.type === "structure") return shapeName;
  if (s.type === "list") return structureBehind(model, s.member!.shape);
  if (s.type === "map") return structureBehind(model, s.value!.shape);
  return undefined;
}

/** The same facts from our IR; facts a member's `verify.ignore` names are left out on both sides by the caller. */
function specFacts(shapes: ReadonlyMap<string, IrShape>, members: readonly IrMember[], at: string, out: Facts, ignored: Set<string>, seen = new Set<string>()): Facts {
  for (const m of members) {
    const p = `${at}.${m.name}`;
    const ignore = (m as { verify?: { ignore?: string[] } }).verify?.ignore ?? [];
    for (const fact of ignore) ignored.add(`${p} ${fact}`);
    out.push(`${p} required=${m.required}`, `${p} wireName=${m.wireName}`, `${p} location=${m.location}`);
    const nested = refBehind(m.type);
    const shape = nested ? shapes.get(nested) : undefined;
    if (shape?.kind === "structure" && !seen.has(`${p}|${shape.name}`)) {
      seen.add(`${p}|${shape.name}`);
      specFacts(shapes, shape.members, p, out, ignored, seen);
    }
  }
  return out;
}

function refBehind(t: IrType): string | undefined {
  if (t.kind === "ref") return t.name;
  if (t.kind === "list") return refBehind(t.items);
  if (t.kind === "map") return refBehind(t.value);
  return undefined;
}

/** Drops facts whose member path and fact name (`required`, `wireName`, `location`) are marked as deliberate differences. */
function withoutIgnored(facts: Facts, ignored: Set<string>): Facts {
  return facts.filter((f) => {
    const [p, kv] = f.split(" ");
    return !ignored.has(`${p} ${kv!.split("=")[0]}`);
  }).sort(compareStrings);
}

const { model } = testEnv();
const awsServices = model.services.filter((s) => s.vendor === "aws");

/** botocore's service-2.json for `svc` (the one `opforge verify` compares with). */
function officialFile(svc: IrService): string {
  const located = locateModel(DEFAULT_MODELS_DIR, svc);
  if ("missing" in located) throw new Error(located.missing);
  return located.file;
}

test("the spec set has AWS services, each with an official model here", () => {
  expect(awsServices.length).toBeGreaterThan(0);
  for (const svc of awsServices) expect(() => officialFile(svc), svc.id).not.toThrow();
});

describe.each(awsServices.map((s) => [s.id, s] as [string, IrService]))("%s", (_id, svc) => {
  const official = JSON.parse(readFileSync(officialFile(svc), "utf8")) as BotoModel;
  const shapes = new Map(svc.shapes.map((s) => [s.name, s] as const));
  const struct = (name: string) => {
    const s = shapes.get(name);
    if (s?.kind !== "structure") throw new Error(`${name} is not a structure`);
    return s;
  };

  test.each(svc.operations.map((op) => [op.name, op] as const))("%s: input and output members", (name, op) => {
    const o = official.operations[name];
    expect(o, `${name} is in the official model`).toBeDefined();
    for (const [side, ours] of [
      ["input", op.input],
      ["output", op.output],
    ] as const) {
      const theirs = o![side]?.shape;
      const ignored = new Set<string>();
      // An operation without output answers no body; the official model then has no output shape either.
      const got = ours === undefined ? [] : specFacts(shapes, struct(ours).members, `${name}.${side}`, [], ignored);
      const want = theirs ? officialFacts(official, theirs, `${name}.${side}`, []) : [];
      expect(withoutIgnored(got, ignored)).toEqual(withoutIgnored(want, ignored));
    }
  });

  test.each(svc.operations.map((op) => [op.name, op] as const))("%s: error names and error members", (name, op) => {
    const o = official.operations[name]!;
    const ignoredErrors = (op as { verify?: { ignore?: string[] } }).verify?.ignore?.includes("errors");
    if (!ignoredErrors) expect(op.errors.map((e) => e.name).sort(compareStrings)).toEqual((o.errors ?? []).map((e) => e.shape).sort(compareStrings));
    for (const e of op.errors) {
      if (!official.shapes[e.name]) continue;
      const ignored = new Set<string>();
      const got = specFacts(shapes, e.members, e.name, [], ignored);
      expect(withoutIgnored(got, ignored)).toEqual(withoutIgnored(officialFacts(official, e.name, e.name, []), ignored));
    }
  });
});
