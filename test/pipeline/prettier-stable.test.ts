/**
 * Generation does not run prettier: each emitter prints its final layout
 * (src/print/). This proves the layout is prettier's: prettier, with the
 * options generated files are laid out for (src/print/prettier-options.ts)
 * and the parser it infers from each file's path, changes no generated file
 * of the spec set under test or of the fixture spec sets.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { format, getFileInfo } from "prettier";
import { describe, expect, test } from "vitest";
import { PRETTIER_OPTIONS } from "../../src/print/prettier-options.js";
import { allEnvs } from "../support/env.js";

/** Every file under `dir`, relative, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/**
 * Prettier's output per parser and text: every package carries the same
 * runtime copies, each of which needs formatting once.
 */
const formattedCache = new Map<string, Promise<string>>();

/** Files prettier changes, each with the first line that differs. */
async function unstable(dir: string, files: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const rel of files) {
    const abs = path.join(dir, rel);
    const info = await getFileInfo(abs);
    // Every generated file has a parser prettier infers from its path; none may go unchecked.
    if (info.inferredParser === null) {
      out.push(`${rel}: prettier infers no parser`);
      continue;
    }
    const text = readFileSync(abs, "utf8");
    const key = `${info.inferredParser}\0${text}`;
    if (!formattedCache.has(key)) formattedCache.set(key, format(text, { ...PRETTIER_OPTIONS, parser: info.inferredParser }));
    const formatted = await formattedCache.get(key)!;
    if (formatted === text) continue;
    const a = text.split("\n");
    const b = formatted.split("\n");
    const line = a.findIndex((l, i) => l !== b[i]);
    out.push(`${rel}:${line + 1}: ${JSON.stringify(a[line])} -> ${JSON.stringify(b[line])}`);
  }
  return out;
}

describe.each(allEnvs())("$name", ({ generatedDir, model }) => {
  test.each(model.services.map((s) => s.id))("prettier changes no file of %s", async (id) => {
    const dir = path.join(generatedDir, id);
    const files = filesUnder(dir);
    expect(files).toEqual(expect.arrayContaining(["README.md", "client.js", "client.d.ts", "openapi.yaml", "package.json", `schema/${id}.schema.json`]));
    expect(await unstable(dir, files)).toEqual([]);
  });
});
