/**
 * Watch keeps printed top-level statements (memoizePrinting): every file the
 * emitters print must come out byte for byte as without it, on the first
 * run (a cold memo) and on the next (every statement from the memo).
 */
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { compileSpecs } from "../../src/pipeline/compile-specs.js";
import { renderService } from "../../src/pipeline/render-service.js";
import { runtimeBuild } from "../../src/pipeline/runtime-build.js";
import { memoizePrinting } from "../../src/print/js-statements.js";
import { loadTemplates } from "../../src/templates/templates.js";

const REPO = path.resolve(import.meta.dirname, "../..");

async function render(specsDir: string): Promise<Map<string, string>> {
  const { model } = compileSpecs(specsDir);
  const runtime = await runtimeBuild();
  const templates = loadTemplates();
  const out = new Map<string, string>();
  for (const service of model.services) {
    renderService(service, { runtime, templates }, (file, contents) => out.set(`${service.id}/${file}`, contents));
  }
  return out;
}

describe("memoized printing prints what plain printing does", () => {
  afterEach(() => memoizePrinting(false));

  test.each([["real specs", "specs"], ["fixture specs", "test/fixtures/specs"]])("%s", async (_label, dir) => {
    const specsDir = path.join(REPO, dir);
    const plain = await render(specsDir);
    memoizePrinting(true);
    const cold = await render(specsDir);
    const warm = await render(specsDir);
    expect(plain.size).toBeGreaterThan(10);
    for (const [file, text] of plain) {
      expect(cold.get(file), file).toBe(text);
      expect(warm.get(file), file).toBe(text);
    }
  });
});
