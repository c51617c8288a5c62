/**
 * `redocly lint` (recommended ruleset, plus the committed redocly.yaml) on
 * every generated OpenAPI document, of the spec set under test and of the
 * fixtures: no errors and no warnings. One redocly run lints them all.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { allEnvs } from "../support/env.js";

const run = promisify(execFile);
const REPO = path.resolve(import.meta.dirname, "../..");
const REDOCLY = path.join(REPO, "node_modules/@redocly/cli/bin/cli.js");

interface LintReport {
  totals: { errors: number; warnings: number; ignored: number };
  problems: Array<{ ruleId: string; message: string; location: Array<{ pointer: string }> }>;
}

/** Splits redocly's output, one JSON report per file written back to back, into the reports. */
function reports(text: string): LintReport[] {
  const out: LintReport[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" && depth++ === 0) start = i;
    else if (c === "}" && --depth === 0) out.push(JSON.parse(text.slice(start, i + 1)) as LintReport);
  }
  return out;
}

async function lint(files: readonly string[]): Promise<LintReport[]> {
  // Exit code 1 means errors; the JSON reports are on stdout either way.
  const r = await run(process.execPath, [REDOCLY, "lint", "--config", path.join(REPO, "redocly.yaml"), "--format", "json", ...files], { maxBuffer: 64 << 20 }).catch(
    (e: { stdout?: string }) => ({ stdout: e.stdout ?? "" }),
  );
  const out = reports(r.stdout);
  if (out.length !== files.length) throw new Error(`expected ${files.length} reports from redocly, got ${out.length}:\n${r.stdout.slice(0, 2000)}`);
  return out;
}

const documents = allEnvs().flatMap((env) => env.model.services.map((s) => ({ title: `${env.name}: ${s.id}`, file: path.join(env.generatedDir, s.id, "openapi.yaml") })));
const results = new Map<string, LintReport>();

beforeAll(async () => {
  const all = await lint(documents.map((d) => d.file));
  documents.forEach((d, i) => results.set(d.file, all[i]!));
}, 240_000);

describe("redocly lint", () => {
  it.each(documents)("is clean on $title", ({ file }) => {
    const report = results.get(file)!;
    expect(report.problems.map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`)).toEqual([]);
    expect(report.totals).toEqual({ errors: 0, warnings: 0, ignored: 0 });
  });

  it("reports problems when there are some (the check can fail)", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "opforge-redocly-"));
    try {
      const file = path.join(dir, "broken.yaml");
      writeFileSync(file, "openapi: 3.1.0\ninfo: { title: t, version: '1' }\npaths:\n  /x/{id}:\n    get:\n      responses: {}\n");
      const [report] = await lint([file]);
      expect(report!.totals.errors).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
