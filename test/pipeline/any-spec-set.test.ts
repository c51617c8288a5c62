/**
 * The proof that any spec set passes the tests (issue 9): a copy of specs/
 * gains two API Gateway operations drafted from botocore by the importer
 * (GetModel, DeleteModel; no `verify` marks), `generate` and `verify` pass
 * on it, and the data-driven suites, which take every case from the spec
 * set under test, run on it in a child vitest (OPFORGE_TEST_SPECS) with
 * nothing failed and nothing skipped. This file is not one of them, so the
 * child run never starts another.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileSpecs } from "../../src/pipeline/compile-specs.js";
import { REPO, runCli } from "../cli/cli-helpers.js";

/**
 * The suites that derive every case from the spec set under test
 * (test/support/env.ts). The mock conformance suites join once they read
 * the spec set under test (see `dataDriven`).
 */
const DATA_DRIVEN_SUITES = [
  "test/client/wire-parity.test.ts",
  "test/client/typed-errors.test.ts",
  "test/client/behaviour.test.ts",
  "test/openapi/openapi-ir.test.ts",
  "test/openapi/redocly-lint.test.ts",
  "test/openapi/prism-mock.test.ts",
  "test/readme/readme.test.ts",
  "test/readme/readme-examples-typecheck.test.ts",
  "test/pipeline/generated-typecheck.test.ts",
  "test/pipeline/prettier-stable.test.ts",
  "test/pipeline/aws-model.test.ts",
  "test/pack/pack-and-consume.test.ts",
  "test/mock/sdk-v3.test.ts",
  "test/mock/boto3.test.ts",
  "test/mock/huawei-sdk.test.ts",
] as const;

const SELF = "test/pipeline/any-spec-set.test.ts";
const ADDED = ["GetModel", "DeleteModel"];

/** A listed suite runs when it exists and reads the spec set under test (a suite not yet ported still reads specs/ itself). */
function dataDriven(file: string): boolean {
  const abs = path.join(REPO, file);
  return existsSync(abs) && /from "\.\.\/support\/(env|mock-[a-z-]+)\.js"/.test(readFileSync(abs, "utf8"));
}

interface VitestReport {
  numTotalTestSuites: number;
  numTotalTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: Array<{ name: string; status: string; message?: string }>;
}

let root: string;
let specs: string;
let importRun: ReturnType<typeof spawnSync>;
beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "opforge-any-spec-set-"));
  specs = path.join(root, "specs");
  cpSync(path.join(REPO, "specs"), specs, { recursive: true });
  // --force: service.yaml must gain the shared member and the resource the new operations use (checked below: it only gains lines).
  importRun = spawnSync("npm", ["run", "--silent", "import", "--", "aws", "apigateway", "--operations", ADDED.join(","), "--out", specs, "--force", "--quiet"], { cwd: REPO, encoding: "utf8", timeout: 120_000 });
}, 180_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("a spec set with operations drafted by the importer", () => {
  it("the importer adds GetModel and DeleteModel, without verify marks, and only adds to service.yaml", () => {
    expect(importRun.stderr).toBe("");
    expect(importRun.status).toBe(0);
    const before = compileSpecs(path.join(REPO, "specs")).model.services.find((s) => s.id === "apigateway")!;
    const after = compileSpecs(specs).model.services.find((s) => s.id === "apigateway")!;
    expect(after.operations.map((o) => o.name).filter((n) => !before.operations.some((o) => o.name === n)).sort()).toEqual([...ADDED].sort());
    for (const op of ADDED) expect(readFileSync(path.join(specs, "apigateway", `${op}.yaml`), "utf8")).not.toMatch(/^\s*verify:/m);
    const original = readFileSync(path.join(REPO, "specs/apigateway/service.yaml"), "utf8").split("\n");
    const updated = readFileSync(path.join(specs, "apigateway/service.yaml"), "utf8").split("\n");
    let i = 0;
    for (const line of updated) if (line === original[i]) i++;
    expect(i, "every original line of service.yaml is kept, in order").toBe(original.length);
  });

  it("generate and verify pass on it", () => {
    const gen = runCli(["generate", "--quiet", "--specs", specs, "--out", path.join(root, "generated")]);
    expect(gen.stderr).toBe("");
    expect(gen.code).toBe(0);
    const verify = runCli(["verify", "--specs", specs]);
    expect(verify.stderr).toBe("");
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/apigateway\s+8 operation\(s\) vs .*: 0 difference\(s\), 0 excused/);
  });

  it("the data-driven suites pass on it: none failed, none skipped", { timeout: 600_000 }, () => {
    const suites = DATA_DRIVEN_SUITES.filter(dataDriven);
    expect(suites).not.toContain(SELF);
    // Every suite of this branch's own folders is listed and present.
    for (const s of DATA_DRIVEN_SUITES.filter((f) => !f.startsWith("test/mock/"))) expect(dataDriven(s), s).toBe(true);
    const report = path.join(root, "report.json");
    const started = performance.now();
    const child = spawnSync(process.execPath, [path.join(REPO, "node_modules/vitest/vitest.mjs"), "run", ...suites, "--exclude", SELF, "--reporter=json", `--outputFile=${report}`], {
      cwd: REPO,
      encoding: "utf8",
      env: { ...process.env, OPFORGE_TEST_SPECS: specs },
      timeout: 590_000,
    });
    const seconds = Math.round((performance.now() - started) / 1000);
    expect(existsSync(report), child.stderr.slice(-4000)).toBe(true);
    const r = JSON.parse(readFileSync(report, "utf8")) as VitestReport;
    const failed = r.testResults.filter((t) => t.status !== "passed").map((t) => `${path.relative(REPO, t.name)}: ${t.message ?? t.status}`);
    console.log(`any-spec-set: ${ADDED.length} operations added; child run of ${r.testResults.length} files, ${r.numTotalTests} tests, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped, ${seconds} s (${suites.join(", ")})`);
    expect(failed).toEqual([]);
    expect(r.testResults.map((t) => path.relative(REPO, t.name)).sort()).toEqual([...suites].sort());
    expect(r.numFailedTests).toBe(0);
    expect(r.numPendingTests + r.numTodoTests).toBe(0);
    expect(r.numTotalTests).toBeGreaterThan(0);
    expect(child.status).toBe(0);
  });
});

