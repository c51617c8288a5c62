/**
 * Runs once before the tests: generates the packages of the spec set under
 * test into a temp folder (with `node_modules` linked, so that they run as
 * installed packages), and hands both paths to the tests (`testEnv()`).
 *
 * The spec set is `specs/` unless `OPFORGE_TEST_SPECS` names another folder:
 * the data-driven suites derive every case from it, so the same suites run
 * unchanged on a copy of the specs with more operations
 * (test/pipeline/any-spec-set.test.ts does exactly that).
 *
 * The fixture spec sets (test/fixtures/specs: every spec-format feature,
 * hostile text) are generated beside them, for the suites that check every
 * generated file of every spec set (README, OpenAPI lint, prettier).
 */
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { generate } from "../../src/pipeline/generate.js";

const REPO = path.resolve(import.meta.dirname, "../..");

export default async function setup(project: TestProject): Promise<() => void> {
  const specsDir = path.resolve(process.env["OPFORGE_TEST_SPECS"] ?? path.join(REPO, "specs"));
  const root = mkdtempSync(path.join(os.tmpdir(), "opforge-test-"));
  const generatedDir = path.join(root, "generated");
  await generate({ specsDir, outDir: generatedDir });
  const fixturesGeneratedDir = path.join(root, "fixtures");
  await generate({ specsDir: path.join(REPO, "test/fixtures/specs"), outDir: fixturesGeneratedDir });
  symlinkSync(path.join(REPO, "node_modules"), path.join(root, "node_modules"), "dir");
  project.provide("specsDir", specsDir);
  project.provide("generatedDir", generatedDir);
  project.provide("fixturesGeneratedDir", fixturesGeneratedDir);
  return () => rmSync(root, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    specsDir: string;
    generatedDir: string;
    fixturesGeneratedDir: string;
  }
}
