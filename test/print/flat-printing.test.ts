/**
 * The printer's fast path (js-flat.ts: statements that fit on a line written
 * straight to text) prints what the Doc printer prints: every file of the
 * real and fixture specs (hostile text included), byte for byte, both ways.
 */
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { renderSpecs as render } from "./render-specs.js";
import { flatPrinting } from "../../src/print/js-flat.js";
import { allEnvs } from "../support/env.js";

const REPO = path.resolve(import.meta.dirname, "../..");
const specSets = [...new Set([path.join(REPO, "specs"), path.join(REPO, "test/fixtures/specs"), ...allEnvs().map((e) => e.specsDir)])];

describe("flat printing prints what the Doc printer prints", () => {
  afterEach(() => flatPrinting(true));

  test.each(specSets.map((dir) => [path.relative(REPO, dir) || dir, dir]))("%s", async (_label, dir) => {
    flatPrinting(false);
    const viaDocs = await render(dir);
    flatPrinting(true);
    const fast = await render(dir);
    expect(viaDocs.size).toBeGreaterThan(10);
    expect([...fast.keys()]).toEqual([...viaDocs.keys()]);
    for (const [file, text] of viaDocs) expect(fast.get(file), file).toBe(text);
  });
});
