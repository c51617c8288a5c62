/**
 * A run that fails while rendering, after many changed files were already
 * staged, leaves the output folder exactly as it was: same files, same
 * bytes, same mtimes, no temp files. The failure is a README template that
 * cannot render (the README is each package's last emitted file, so every
 * other file of the first service has been staged by then).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { generate } from "../../src/pipeline/generate.js";
import { TemplateError } from "../../src/templates/templates.js";
import { ageFiles, snapshotDir } from "../cli/cli-helpers.js";
import { testEnv } from "../support/env.js";

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "opforge-atomic-"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

test("a run failing after files were staged leaves the output byte- and mtime-identical", async () => {
  const specs = path.join(root, "specs");
  const out = path.join(root, "out");
  cpSync(testEnv().specsDir, specs, { recursive: true });
  await generate({ specsDir: specs, outDir: out });
  ageFiles(out);
  const before = snapshotDir(out);

  // Every service's files would change: each service's title is edited.
  const services = readdirSync(specs).filter((f) => statSync(path.join(specs, f)).isDirectory());
  for (const s of services) {
    const file = path.join(specs, s, "service.yaml");
    const text = readFileSync(file, "utf8");
    expect(text).toMatch(/^title: /m);
    writeFileSync(file, text.replace(/^title: (.*)$/m, "title: $1 (edited)"));
  }
  const dry = await generate({ specsDir: specs, outDir: out, check: true });
  expect(dry.plan.write.length).toBeGreaterThan(services.length);

  const templates = path.join(root, "templates");
  mkdirSync(templates);
  writeFileSync(path.join(templates, "README.md.hbs"), "# {{> nowhere}}\n");
  await expect(generate({ specsDir: specs, outDir: out, templates })).rejects.toBeInstanceOf(TemplateError);

  expect(snapshotDir(out)).toEqual(before);
  expect(readdirSync(out, { recursive: true, encoding: "utf8" }).filter((f) => f.includes(".opforge-tmp"))).toEqual([]);
});
