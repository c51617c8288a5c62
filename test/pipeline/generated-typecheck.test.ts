/**
 * The real specs generate code that typechecks under `strict`: a fresh
 * generation into a temp folder, with generated/tsconfig.json next to it,
 * passes `tsc --noEmit`.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { compileSpecs } from "../../src/pipeline/compile-specs.js";
import { renderModel } from "../../src/pipeline/render-files.js";
import { writeOutput } from "../../src/write/output-session.js";

const REPO = path.resolve(import.meta.dirname, "../..");
const out = mkdtempSync(path.join(os.tmpdir(), "opforge-tsc-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

test("tsc --noEmit -p <fresh output>/tsconfig.json exits 0", { timeout: 300_000 }, async () => {
  const { model } = compileSpecs(path.join(REPO, "specs"));
  const files = await renderModel(model);
  writeOutput(out, files);
  copyFileSync(path.join(REPO, "generated/tsconfig.json"), path.join(out, "tsconfig.json"));
  // Type packages (and any runtime dependency) resolve from the repo's node_modules, as they do under generated/.
  symlinkSync(path.join(REPO, "node_modules"), path.join(out, "node_modules"), "dir");
  const tsc = spawnSync(process.execPath, [path.join(REPO, "node_modules/typescript/bin/tsc"), "--noEmit", "-p", path.join(out, "tsconfig.json")], {
    encoding: "utf8",
    timeout: 120_000,
  });
  expect(tsc.stdout + tsc.stderr).toBe("");
  expect(tsc.status).toBe(0);
  // The run covered every service's entry point.
  for (const svc of model.services) expect(files.has(`${svc.id}/src/index.ts`)).toBe(true);
});
