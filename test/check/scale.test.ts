/**
 * Time stays linear in the number of members (issue 14): before, 10,000
 * members in one structure took 52 s in generation, 150,000 overflowed
 * the stack, and a file with one error per member was quadratic in the
 * schema check. The bounds below are generous (a slow CI machine), yet far
 * below what the quadratic paths take at these sizes (minutes).
 */
import { readFileSync } from "node:fs";
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { compileFormatSource } from "../../src/check/format-validator.js";
import { generate } from "../../src/pipeline/generate.js";
import { diagnose, removeSpecSet, withOutputMembers, writeSpecSet, BASE_FILES } from "./spec-set.js";

/** `n` output members in flow style (`m0: {type: string}`), names in base 36 to stay under the file size limit. */
function members(n: number, type = "string"): string {
  let out = "";
  for (let i = 0; i < n; i++) out += `    m${i.toString(36)}: {type: ${type}}\n`;
  return out;
}

function timed<T>(run: () => T): { result: T; seconds: number } {
  const started = performance.now();
  const result = run();
  return { result, seconds: (performance.now() - started) / 1000 };
}

describe("deep nesting", () => {
  test("flow nesting deep enough to overflow the YAML parser's stack is reported as too deep, in the file", () => {
    const deep = `${BASE_FILES["demo/GetThing.yaml"]}examples:\n  - title: deep\n    request:\n      body: ${"[".repeat(20_000)}${"]".repeat(20_000)}\n`;
    // The column is where the parser's stack ran out, which depends on the stack's size.
    expect(diagnose({ "demo/GetThing.yaml": deep })).toEqual([expect.stringMatching(/^demo\/GetThing\.yaml:20:\d+ error: spec nesting is deeper than 64 levels \(declare nested structures as named shapes and use `ref:`\)$/)]);
  });
});

describe("one structure with many members", () => {
  test("50,000 members are loaded and checked in seconds", () => {
    const { result, seconds } = timed(() => diagnose(withOutputMembers(members(50_000))));
    expect(result).toEqual([]);
    expect(seconds).toBeLessThan(30);
  });

  test("50,000 broken members are all reported, in seconds (ajv's error merges append in place)", () => {
    const { result, seconds } = timed(() => diagnose(withOutputMembers(members(50_000, "strin"))));
    expect(result).toHaveLength(50_000);
    expect(result[0]).toMatch(/^demo\/GetThing\.yaml:15:16 error: 'output\.members\.m0\.type' must be one of "string"/);
    // Every error merge of the compiled validator appends in place (ajv writes `vErrors.concat`).
    const source = compileFormatSource(JSON.parse(readFileSync("schema/spec-format.schema.json", "utf8")) as object);
    expect(source).toContain("appendErrors(vErrors,");
    expect(source).not.toContain("vErrors.concat(");
    expect(seconds).toBeLessThan(30);
  });

  test("10,000 members are generated (every emitter) in seconds", async () => {
    const specs = writeSpecSet({ ...BASE_FILES, ...withOutputMembers(members(10_000)) });
    const out = mkdtempSync(path.join(os.tmpdir(), "opforge-scale-"));
    try {
      symlinkSync(path.resolve("node_modules"), path.join(out, "node_modules"), "dir");
      const started = performance.now();
      const result = await generate({ specsDir: specs, outDir: path.join(out, "generated") });
      expect(result.services.map((s) => s.id)).toEqual(["demo"]);
      expect((performance.now() - started) / 1000).toBeLessThan(60);
    } finally {
      removeSpecSet(specs);
      rmSync(out, { recursive: true, force: true });
    }
  });
});
