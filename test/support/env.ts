/**
 * The spec set under test and its generated packages (see global-setup.ts).
 * Data-driven suites take every case from here, never from a list of
 * operations written in the test.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { inject } from "vitest";
import type { IrModel, IrService } from "../../src/ir/types.js";
import { compileSpecs } from "../../src/pipeline/compile-specs.js";

let model: IrModel | undefined;
let fixtures: IrModel | undefined;
const REPO = path.resolve(import.meta.dirname, "../..");

export interface TestEnv {
  specsDir: string;
  generatedDir: string;
  model: IrModel;
}

export function testEnv(): TestEnv {
  const specsDir = inject("specsDir");
  model ??= compileSpecs(specsDir).model;
  return { specsDir, generatedDir: inject("generatedDir"), model };
}

export function testService(id: string): IrService | undefined {
  return testEnv().model.services.find((s) => s.id === id);
}

/** Imports a module of a generated package, e.g. `importGenerated("apigateway", "mock.js")`. */
export async function importGenerated<T = Record<string, unknown>>(serviceId: string, module: string): Promise<T> {
  return (await import(pathToFileURL(path.join(testEnv().generatedDir, serviceId, module)).href)) as T;
}

/**
 * The fixture spec sets (test/fixtures/specs) and their generated packages,
 * generated once by global-setup.ts whatever spec set is under test.
 */
export function fixturesEnv(): TestEnv {
  const specsDir = path.join(REPO, "test/fixtures/specs");
  fixtures ??= compileSpecs(specsDir).model;
  return { specsDir, generatedDir: inject("fixturesGeneratedDir"), model: fixtures };
}

/** Both spec sets the suites about "every generated file" cover: the one under test and the fixtures. */
export function allEnvs(): Array<TestEnv & { name: string }> {
  return [
    { name: "spec set under test", ...testEnv() },
    { name: "fixtures", ...fixturesEnv() },
  ];
}
