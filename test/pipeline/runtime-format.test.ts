/**
 * The hand-written runtime is copied verbatim into generated packages and
 * marked `preformatted`, so the pipeline skips prettier on it. That is only
 * safe while every runtime source is exactly what the pipeline's prettier
 * options would make of it.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { format } from "prettier";
import { describe, expect, it } from "vitest";
import { PRETTIER_OPTIONS } from "../../src/pipeline/render-files.js";

const RUNTIME = path.resolve(__dirname, "../../src/runtime");
const files = readdirSync(RUNTIME, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".ts"))
  .sort();

describe("src/runtime is in the pipeline's prettier format", () => {
  it("has runtime files", () => expect(files.length).toBeGreaterThan(10));
  it.each(files)("%s", async (file) => {
    const text = readFileSync(path.join(RUNTIME, file), "utf8");
    const formatted = await format(text, { ...PRETTIER_OPTIONS, parser: "typescript", filepath: file });
    expect(text, "run: npx prettier --write src/runtime").toBe(formatted);
  });
});
