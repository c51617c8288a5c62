/**
 * `opforge generate` on a copy of the real specs (the first generation and
 * the usage checks through the executable in a child process, the rest
 * through the command module in this process, which is much faster): a bad spec changes nothing, `--check` reports staleness without
 * writing, unchanged files keep their mtime, orphaned files are removed,
 * `--templates` overrides a template by name and a broken one is reported
 * without a stack.
 */
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ageFiles, copyRealSpecs, runCli, runGenerate, snapshotDir } from "./cli-helpers.js";

const roots: string[] = [];
let template: ReturnType<typeof copyRealSpecs>;

beforeAll(() => {
  // One generation through the executable; each test works on its own copy of it.
  template = copyRealSpecs();
  roots.push(template.root);
  const first = runCli(["generate", "--specs", template.specs, "--out", template.out]);
  expect(first.stderr).toBe("");
  expect(first.code).toBe(0);
  expect(first.stdout).toMatch(/^Generated \d+ service\(s\) into .*: \d+ written, 0 unchanged, 0 removed\.$/m);
});
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

/** A fresh copy of the specs and of their generated output (made by this run's generator), every output file aged. */
function generatedCopy() {
  const root = mkdtempSync(path.join(os.tmpdir(), "opforge-cli-"));
  roots.push(root);
  cpSync(template.root, root, { recursive: true });
  const dirs = { root, specs: path.join(root, "specs"), out: path.join(root, "generated") };
  ageFiles(dirs.out);
  return dirs;
}

/** Service folders of a spec folder. */
function serviceFolders(specs: string): string[] {
  return readdirSync(specs).filter((f) => statSync(path.join(specs, f)).isDirectory());
}

describe("a bad spec", () => {
  let dirs: ReturnType<typeof copyRealSpecs>;
  let before: ReturnType<typeof snapshotDir>;
  let result: Awaited<ReturnType<typeof runGenerate>>;
  let brokenLine: number;

  beforeAll(async () => {
    dirs = generatedCopy();
    before = snapshotDir(dirs.out);
    const file = path.join(dirs.specs, "apigateway/PutMethod.yaml");
    // Also change a documentation string, so that a run that did write would change client.d.ts.
    const text = readFileSync(file, "utf8").replace(/^documentation: .*$/m, "documentation: Changed text.");
    brokenLine = text.split("\n").length;
    writeFileSync(file, text + "bogusField: 1\n");
    result = await runGenerate(["--specs", dirs.specs, "--out", dirs.out]);
  });

  test("exits 1 and prints file:line:col error lines and a summary", async () => {
    expect(result.code).toBe(1);
    const file = path.join(dirs.specs, "apigateway/PutMethod.yaml");
    expect(result.stderr).toContain(`${file}:${brokenLine}:1 error: unknown field 'bogusField' in the file (see docs/spec-format.md for the fields allowed here)\n`);
    expect(result.stderr).toMatch(/\n1 error; .* left unchanged\.\n$/);
    expect(result.stdout).toBe("");
  });

  test("leaves every output file byte-for-byte unchanged, mtimes included, with no temp files", async () => {
    expect(snapshotDir(dirs.out)).toEqual(before);
  });
});

describe("--check", () => {
  test("exits 0 and says so when the output is fresh, writing nothing", async () => {
    const dirs = generatedCopy();
    const before = snapshotDir(dirs.out);
    const r = await runGenerate(["--check", "--specs", dirs.specs, "--out", dirs.out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/is up to date \(\d+ files, \d+ ms\)\.\n$/);
    expect(snapshotDir(dirs.out)).toEqual(before);
  });

  test("exits 1 with a summary of what would change when stale, writing nothing", async () => {
    const dirs = generatedCopy();
    const file = path.join(dirs.specs, "apigateway/UpdateAccount.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^documentation: .*$/m, "documentation: Something else."));
    rmSync(path.join(dirs.specs, "amplifybackend"), { recursive: true });
    const before = snapshotDir(dirs.out);
    const amplifyFiles = [...before.keys()].filter((p) => p.startsWith("amplifybackend/")).length;
    expect(amplifyFiles).toBeGreaterThan(0);
    const r = await runGenerate(["--check", "--specs", dirs.specs, "--out", dirs.out]);
    expect(r.code).toBe(1);
    const rel = path.relative(process.cwd(), dirs.out);
    expect(r.stderr).toMatch(new RegExp(`${escapeRegExp(rel)}/ is stale: [1-9]\\d* file\\(s\\) would be written, ${amplifyFiles} removed:\n`));
    expect(r.stderr).toContain(`  changed  ${rel}/apigateway/client.d.ts\n`);
    expect(r.stderr).toContain(`  removed  ${rel}/amplifybackend/package.json\n`);
    expect(r.stderr).toContain("Run: npm run generate");
    expect(snapshotDir(dirs.out)).toEqual(before);
  });
});

describe("writing", () => {
  test("regenerating unchanged specs rewrites nothing (mtimes kept)", async () => {
    const dirs = generatedCopy();
    const before = snapshotDir(dirs.out);
    const r = await runGenerate(["--specs", dirs.specs, "--out", dirs.out]);
    expect(r.code).toBe(0);
    const files = [...before.keys()].filter((p) => p !== ".opforge-manifest.json").length;
    expect(r.stdout).toMatch(new RegExp(`Generated ${serviceFolders(dirs.specs).length} service\\(s\\) into .* in \\d+ ms: 0 written, ${files} unchanged, 0 removed\\.\n$`));
    expect(snapshotDir(dirs.out)).toEqual(before);
  });

  test("only the files whose contents change are rewritten", async () => {
    const dirs = generatedCopy();
    const file = path.join(dirs.specs, "huawei-apig/UpdateGatewayResponse.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^documentation: .*$/m, "documentation: New words."));
    const before = snapshotDir(dirs.out);
    const r = await runGenerate(["--specs", dirs.specs, "--out", dirs.out]);
    expect(r.code).toBe(0);
    const after = snapshotDir(dirs.out);
    expect([...after.keys()]).toEqual([...before.keys()]);
    const touched = [...after.keys()].filter((k) => after.get(k)!.mtimeMs !== before.get(k)!.mtimeMs);
    const differ = [...after.keys()].filter((k) => after.get(k)!.contents !== before.get(k)!.contents);
    // A file is rewritten exactly when its contents change, and only the edited service's files change.
    expect(touched).toEqual(differ);
    expect(touched).toContain("huawei-apig/client.d.ts");
    expect(touched.filter((k) => !k.startsWith("huawei-apig/"))).toEqual([]);
    expect(after.get("huawei-apig/client.d.ts")!.contents).toContain("New words.");
  });

  test("deleting an operation spec drops it from the output", async () => {
    const dirs = generatedCopy();
    rmSync(path.join(dirs.specs, "apigateway/DeleteMethod.yaml"));
    const r = await runGenerate(["--specs", dirs.specs, "--out", dirs.out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    for (const file of ["types.d.ts", "client.d.ts", "client.js", "service.js", "mock.js", "openapi.yaml"]) {
      const text = readFileSync(path.join(dirs.out, "apigateway", file), "utf8");
      expect(text, file).not.toMatch(/DeleteMethod/);
      expect(text, file).toMatch(/PutMethod/);
    }
  });

  test("files no spec produces anymore are removed, with their empty folders; files opforge did not write stay", async () => {
    const dirs = generatedCopy();
    writeFileSync(path.join(dirs.out, "NOTES.md"), "hand-written\n");
    appendFileSync(path.join(dirs.out, "apigateway/extra.txt"), "hand-written\n");
    const amplifyFiles = [...snapshotDir(dirs.out).keys()].filter((p) => p.startsWith("amplifybackend/")).length;
    rmSync(path.join(dirs.specs, "amplifybackend"), { recursive: true });
    const r = await runGenerate(["--specs", dirs.specs, "--out", dirs.out]);
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

describe("--templates DIR", () => {
  test("overrides the built-in template of the same name, the others stay built-in", async () => {
    const dirs = generatedCopy();
    const templates = path.join(dirs.root, "templates");
    mkdirSync(path.join(templates, "partials"), { recursive: true });
    writeFileSync(path.join(templates, "partials/install.md.hbs"), "## Installing\n\nAsk {{packageName}}'s owners.\n");
    const before = snapshotDir(dirs.out);
    const r = await runGenerate(["--templates", templates, "--specs", dirs.specs, "--out", dirs.out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const after = snapshotDir(dirs.out);
    const changed = [...after.keys()].filter((k) => after.get(k)!.contents !== before.get(k)?.contents);
    const services = serviceFolders(dirs.specs);
    expect(changed.sort()).toEqual(services.map((s) => `${s}/README.md`).sort());
    for (const s of services) {
      const readme = after.get(`${s}/README.md`)!.contents;
      const name = JSON.parse(after.get(`${s}/package.json`)!.contents).name as string;
      expect(readme).toContain(`## Installing\n\nAsk ${name}'s owners.\n`);
      // The other partials are still the built-in ones.
      expect(readme).toContain("## Operations");
      expect(readme).toBe(before.get(`${s}/README.md`)!.contents.replace(/## Install[\s\S]*?(?=\n## )/, `## Installing\n\nAsk ${name}'s owners.\n`));
    }
  });

  test.each([
    ["a template that does not parse", "README.md.hbs", "# {{#each operations}}never closed\n", /^opforge generate: template 'README\.md' \(.*README\.md\.hbs\): Parse error/],
    ["a missing partial", "README.md.hbs", "# {{> nowhere}}\n", /^opforge generate: template 'README\.md' \(.*README\.md\.hbs\): The partial nowhere could not be found/],
    ["a name no built-in template has", "READ_ME.md.hbs", "# typo\n", /^opforge generate: .*READ_ME\.md\.hbs: no built-in template is named 'READ_ME\.md' \(templates: README\.md, partials\/client\.md, /],
  ])("%s is reported as one message, without a stack, and changes nothing", async (_what, file, text, message) => {
    const dirs = generatedCopy();
    const templates = path.join(dirs.root, "templates");
    mkdirSync(templates, { recursive: true });
    writeFileSync(path.join(templates, file), text);
    const before = snapshotDir(dirs.out);
    const r = await runGenerate(["--templates", templates, "--specs", dirs.specs, "--out", dirs.out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/\n\S.* left unchanged\.\n$/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stdout).not.toContain("Generated");
    expect(snapshotDir(dirs.out)).toEqual(before);
  });

  test("a path that is not a folder exits 1 with the path", async () => {
    const dirs = generatedCopy();
    const r = await runGenerate(["--templates", path.join(dirs.root, "nope"), "--specs", dirs.specs, "--out", dirs.out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`--templates ${path.join(dirs.root, "nope")}: not a folder`);
    expect(r.stderr).not.toMatch(/^\s+at /m);
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

  test("--service limits the run to one service and leaves the others' files alone", async () => {
    const dirs = generatedCopy();
    rmSync(path.join(dirs.specs, "amplifybackend/UpdateBackendAPI.yaml"));
    const before = snapshotDir(dirs.out);
    const r = await runGenerate(["--service", "apigateway", "--specs", dirs.specs, "--out", dirs.out]);
    expect(r.code).toBe(0);
    expect(snapshotDir(dirs.out)).toEqual(before);
  });

  test("--service with an unknown name exits 2", async () => {
    const dirs = generatedCopy();
    const r = await runGenerate(["--service", "nope", "--specs", dirs.specs, "--out", dirs.out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no service named nope");
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
