/**
 * Watch keeps printed top-level statements (memoizePrinting): every file the
 * emitters print must come out byte for byte as without it, on the first
 * run (a cold memo) and on the next (every statement from the memo).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { renderSpecs as render } from "./render-specs.js";
import { memoizePrinting } from "../../src/print/js-statements.js";

const REPO = path.resolve(import.meta.dirname, "../..");


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

/** API Gateway's file `name` among rendered files. */
function of(files: Map<string, string>, name: string): string {
  const found = [...files].find(([k]) => k.endsWith(`apigateway/${name}`));
  if (!found) throw new Error(`no apigateway/${name} rendered`);
  return found[1];
}

describe("watch reprints validators.js when a rule changes, not for prose", () => {
  afterEach(() => memoizePrinting(false));

  test("a changed pattern reaches validators.js; a changed description leaves it as it was", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "opforge-memo-"));
    cpSync(path.join(REPO, "specs"), dir, { recursive: true });
    const file = path.join(dir, "apigateway", "PutMethod.yaml");
    const original = readFileSync(file, "utf8");
    const pattern = "^method\\\\.request\\\\.(querystring|path|header)\\\\..+$";
    expect(original).toContain(pattern);
    memoizePrinting(true);
    const before = await render(dir);
    writeFileSync(file, original.replace(pattern, "^method\\\\.request\\\\.(querystring|header)\\\\..+$"));
    const changed = await render(dir);
    expect(of(changed, "validators.js")).not.toBe(of(before, "validators.js"));
    memoizePrinting(false);
    expect(of(changed, "validators.js")).toBe(of(await render(dir), "validators.js"));
    memoizePrinting(true);
    writeFileSync(file, original.replace(/^documentation: (.*)$/m, "documentation: $1 Edited."));
    await render(dir);
    const prose = await render(dir);
    expect(of(prose, "validators.js")).toBe(of(before, "validators.js"));
    expect(of(prose, "client.d.ts")).not.toBe(of(before, "client.d.ts"));
  });
});
