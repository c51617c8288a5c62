/**
 * `opforge generate` end to end, in child processes on a copy of the real
 * specs: a bad spec changes nothing, `--check` reports staleness without
 * writing, unchanged files keep their mtime, orphaned files are removed.
 */
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ageFiles, copyRealSpecs, runCli, snapshotDir } from "./cli-helpers.js";

const roots: string[] = [];
let template: ReturnType<typeof copyRealSpecs>;

beforeAll(() => {
  // One real generation; each test works on its own copy of it.
  template = copyRealSpecs();
  roots.push(template.root);
  const first = runCli(["generate", "--specs", template.specs, "--out", template.out]);
  expect(first.stderr).toBe("");
  expect(first.code).toBe(0);
});
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

/** A fresh copy of the specs and of their generated output, every output file aged. */
function generatedCopy() {
  const root = mkdtempSync(path.join(os.tmpdir(), "opforge-cli-"));
  roots.push(root);
  cpSync(template.root, root, { recursive: true });
  const dirs = { root, specs: path.join(root, "specs"), out: path.join(root, "generated") };
  // Bring the copy up to date with the generator as it is now (cheap: nothing
  // changed unless the generator's own code did since the template was made).
  const sync = runCli(["generate", "--quiet", "--specs", dirs.specs, "--out", dirs.out]);
  expect(sync.stderr).toBe("");
  expect(sync.code).toBe(0);
  ageFiles(dirs.out);
  return dirs;
}

describe("a bad spec", () => {
  let dirs: ReturnType<typeof copyRealSpecs>;
  let before: ReturnType<typeof snapshotDir>;
  let result: ReturnType<typeof runCli>;
  let brokenLine: number;

  beforeAll(() => {
    dirs = generatedCopy();
    before = snapshotDir(dirs.out);
    const file = path.join(dirs.specs, "apigateway/PutMethod.yaml");
    // Also change a documentation string, so that a run that did write would change types.ts.
    const text = readFileSync(file, "utf8").replace(/^documentation: .*$/m, "documentation: Changed text.");
    brokenLine = text.split("\n").length;
    writeFileSync(file, text + "bogusField: 1\n");
    result = runCli(["generate", "--specs", dirs.specs, "--out", dirs.out]);
  });

  test("exits 1 and prints file:line:col error lines and a summary", () => {
    expect(result.code).toBe(1);
    const file = path.join(dirs.specs, "apigateway/PutMethod.yaml");
    expect(result.stderr).toContain(`${file}:${brokenLine}:1 error: unknown field 'bogusField' in the file (see docs/spec-format.md for the fields allowed here)\n`);
    expect(result.stderr).toMatch(/\n1 error; .* left unchanged\.\n$/);
    expect(result.stdout).toBe("");
  });

  test("leaves every output file byte-for-byte unchanged, mtimes included, with no temp files", () => {
    expect(snapshotDir(dirs.out)).toEqual(before);
  });
});

describe("--check", () => {
  test("exits 0 and says so when the output is fresh, writing nothing", () => {
    const dirs = generatedCopy();
    const before = snapshotDir(dirs.out);
    const r = runCli(["generate", "--check", "--specs", dirs.specs, "--out", dirs.out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/is up to date \(\d+ files, \d+ ms\)\.\n$/);
    expect(snapshotDir(dirs.out)).toEqual(before);
  });

  test("exits 1 with a summary of what would change when stale, writing nothing", () => {
    const dirs = generatedCopy();
    const file = path.join(dirs.specs, "apigateway/UpdateAccount.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^documentation: .*$/m, "documentation: Something else."));
    rmSync(path.join(dirs.specs, "amplifybackend"), { recursive: true });
    const before = snapshotDir(dirs.out);
    const amplifyFiles = [...before.keys()].filter((p) => p.startsWith("amplifybackend/")).length;
    expect(amplifyFiles).toBeGreaterThan(0);
    const r = runCli(["generate", "--check", "--specs", dirs.specs, "--out", dirs.out]);
    expect(r.code).toBe(1);
    const rel = path.relative(process.cwd(), dirs.out);
    expect(r.stderr).toMatch(new RegExp(`${escapeRegExp(rel)}/ is stale: [1-9]\\d* file\\(s\\) would be written, ${amplifyFiles} removed:\n`));
    expect(r.stderr).toContain(`  changed  ${rel}/apigateway/src/types.ts\n`);
    expect(r.stderr).toContain(`  removed  ${rel}/amplifybackend/package.json\n`);
    expect(r.stderr).toContain("Run: npm run generate");
    expect(snapshotDir(dirs.out)).toEqual(before);
  });
});

describe("writing", () => {
  test("regenerating unchanged specs rewrites nothing (mtimes kept)", () => {
    const dirs = generatedCopy();
    const before = snapshotDir(dirs.out);
    const r = runCli(["generate", "--specs", dirs.specs, "--out", dirs.out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Generated 3 service\(s\) into .* in \d+ ms: 0 written, \d+ unchanged, 0 removed\.\n$/);
    expect(snapshotDir(dirs.out)).toEqual(before);
  });

  test("only the files whose contents change are rewritten", () => {
    const dirs = generatedCopy();
    const file = path.join(dirs.specs, "huawei-apig/UpdateGatewayResponse.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^documentation: .*$/m, "documentation: New words."));
    const before = snapshotDir(dirs.out);
    const r = runCli(["generate", "--specs", dirs.specs, "--out", dirs.out]);
    expect(r.code).toBe(0);
    const after = snapshotDir(dirs.out);
    expect([...after.keys()]).toEqual([...before.keys()]);
    const touched = [...after.keys()].filter((k) => after.get(k)!.mtimeMs !== before.get(k)!.mtimeMs);
    const differ = [...after.keys()].filter((k) => after.get(k)!.contents !== before.get(k)!.contents);
    // A file is rewritten exactly when its contents change, and only the edited service's files change.
    expect(touched).toEqual(differ);
    expect(touched).toContain("huawei-apig/src/types.ts");
    expect(touched.filter((k) => !k.startsWith("huawei-apig/") && k !== ".opforge-manifest.json")).toEqual([]);
    expect(after.get("huawei-apig/src/types.ts")!.contents).toContain("New words.");
  });

  test("deleting an operation spec drops it from the output", () => {
    const dirs = generatedCopy();
    rmSync(path.join(dirs.specs, "apigateway/UpdateAccount.yaml"));
    const r = runCli(["generate", "--specs", dirs.specs, "--out", dirs.out]);
    expect(r.code).toBe(0);
    const types = readFileSync(path.join(dirs.out, "apigateway/src/types.ts"), "utf8");
    expect(types).not.toMatch(/UpdateAccount/);
    expect(types).toMatch(/PutMethod/);
  });

  test("files no spec produces anymore are removed, with their empty folders; files opforge did not write stay", () => {
    const dirs = generatedCopy();
    writeFileSync(path.join(dirs.out, "NOTES.md"), "hand-written\n");
    appendFileSync(path.join(dirs.out, "apigateway/extra.txt"), "hand-written\n");
    const amplifyFiles = [...snapshotDir(dirs.out).keys()].filter((p) => p.startsWith("amplifybackend/")).length;
    rmSync(path.join(dirs.specs, "amplifybackend"), { recursive: true });
    const r = runCli(["generate", "--specs", dirs.specs, "--out", dirs.out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`  removed ${path.relative(process.cwd(), dirs.out)}/amplifybackend/package.json\n`);
    expect(r.stdout).toMatch(new RegExp(` ${amplifyFiles} removed\\.\n$`));
    expect(existsSync(path.join(dirs.out, "amplifybackend"))).toBe(false);
    expect(readFileSync(path.join(dirs.out, "NOTES.md"), "utf8")).toBe("hand-written\n");
    expect(existsSync(path.join(dirs.out, "apigateway/extra.txt"))).toBe(true);
    const files = [...snapshotDir(dirs.out).keys()];
    expect(files.filter((f) => f.startsWith("amplifybackend/"))).toEqual([]);
    expect(files.filter((f) => f.includes(".opforge-tmp"))).toEqual([]);
  });
});

describe("usage", () => {
  test("generate --help prints the options and exits 0", () => {
    const r = runCli(["generate", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: opforge generate [options]");
    for (const opt of ["--specs DIR", "--out DIR", "--service NAME", "--check", "--help"]) expect(r.stdout).toContain(opt);
  });

  test("opforge --help lists the generate command", () => {
    const r = runCli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\s+generate\s/m);
  });

  test("an unknown option exits 2 with the error and the help on stderr", () => {
    const r = runCli(["generate", "--bogus"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("opforge generate: Unknown option '--bogus'");
    expect(r.stderr).toContain("Usage: opforge generate [options]");
    expect(r.stdout).toBe("");
  });

  test("an unknown command exits 2", () => {
    const r = runCli(["frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("opforge: unknown command 'frobnicate'");
  });

  test("--service limits the run to one service and leaves the others' files alone", () => {
    const dirs = generatedCopy();
    rmSync(path.join(dirs.specs, "amplifybackend/UpdateBackendAPI.yaml"));
    const before = snapshotDir(dirs.out);
    const r = runCli(["generate", "--service", "apigateway", "--specs", dirs.specs, "--out", dirs.out]);
    expect(r.code).toBe(0);
    expect(snapshotDir(dirs.out)).toEqual(before);
  });

  test("--service with an unknown name exits 2", () => {
    const dirs = generatedCopy();
    const r = runCli(["generate", "--service", "nope", "--specs", dirs.specs, "--out", dirs.out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no service named nope");
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
