/**
 * `redocly lint` (recommended ruleset, plus the committed redocly.yaml) on
 * every exported OpenAPI document: no errors and no warnings.
 */
import { execFile } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeOpenApiDocs } from "./render.js";

const run = promisify(execFile);
const REDOCLY = path.resolve("node_modules/@redocly/cli/bin/cli.js");

interface LintReport {
  totals: { errors: number; warnings: number; ignored: number };
  problems: Array<{ ruleId: string; message: string; location: Array<{ pointer: string }> }>;
}

async function lint(file: string): Promise<LintReport> {
  // Exit code 1 means errors; the JSON report is on stdout either way.
  const r = await run(process.execPath, [REDOCLY, "lint", "--config", "redocly.yaml", "--format", "json", file], { maxBuffer: 16 << 20 }).catch(
    (e: { stdout?: string }) => ({ stdout: e.stdout ?? "" }),
  );
  return JSON.parse(r.stdout) as LintReport;
}

let docs: Awaited<ReturnType<typeof writeOpenApiDocs>>;
let fixtures: Awaited<ReturnType<typeof writeOpenApiDocs>>;
beforeAll(async () => {
  docs = await writeOpenApiDocs();
  // The snapshot fixtures use every spec-format feature, and hostile text.
  fixtures = await writeOpenApiDocs("test/fixtures/specs");
});
afterAll(() => {
  rmSync(docs.dir, { recursive: true, force: true });
  rmSync(fixtures.dir, { recursive: true, force: true });
});

describe("redocly lint", () => {
  for (const id of ["amplifybackend", "apigateway", "huawei-apig"]) {
    it(`is clean on ${id}/openapi.yaml`, async () => {
      const report = await lint(docs.files[id]!);
      expect(report.problems.map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`)).toEqual([]);
      expect(report.totals).toEqual({ errors: 0, warnings: 0, ignored: 0 });
    });
  }

  for (const id of ["gadgets", "hostile", "petstore"]) {
    it(`is clean on the ${id} fixture`, async () => {
      const report = await lint(fixtures.files[id]!);
      expect(report.problems.map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`)).toEqual([]);
    });
  }

  it("reports problems when there are some (the check can fail)", async () => {
    const file = path.join(docs.dir, "broken.yaml");
    writeFileSync(file, "openapi: 3.1.0\ninfo: { title: t, version: '1' }\npaths:\n  /x/{id}:\n    get:\n      responses: {}\n");
    const report = await lint(file);
    expect(report.totals.errors).toBeGreaterThan(0);
  });
});
