/**
 * `opforge generate --watch` end to end: a real watcher process on a temp
 * copy of the specs. A change rewrites the changed service's files only; a
 * spec error is printed as file:line:col and leaves the output as it was; a
 * fix regenerates; operation files and service folders can come and go; the
 * process stops cleanly on SIGTERM. No timing assertions (see the bench).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO, ageFiles, copyRealSpecs, snapshotDir } from "../cli/cli-helpers.js";

/** Generous: a loaded 2-core machine can take a minute for the first generation. */
const WAIT_MS = 300_000;

class Watcher {
  readonly child: ChildProcess;
  stdout = "";
  stderr = "";
  exit: Promise<number | null>;

  constructor(specs: string, out: string) {
    this.child = spawn(process.execPath, ["--import", "tsx", path.join(REPO, "src/cli/main.ts"), "generate", "--watch", "--specs", specs, "--out", out], {
      cwd: REPO,
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.child.stdout!.setEncoding("utf8").on("data", (d: string) => (this.stdout += d));
    this.child.stderr!.setEncoding("utf8").on("data", (d: string) => (this.stderr += d));
    this.exit = new Promise((resolve) => this.child.on("exit", (code) => resolve(code)));
  }

  /** Resolves once `test` holds on the output so far; fails after WAIT_MS. */
  async until(test: () => boolean, what: string): Promise<void> {
    const deadline = Date.now() + WAIT_MS;
    while (!test()) {
      if (this.child.exitCode !== null) throw new Error(`watcher exited (${this.child.exitCode}) while waiting for ${what}\n${this.stdout}\n${this.stderr}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\nstdout:\n${this.stdout}\nstderr:\n${this.stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  count(re: RegExp, text = this.stdout): number {
    return (text.match(new RegExp(re.source, "g")) ?? []).length;
  }

  /** Runs `change`, then waits for the next report about `service`. */
  async regenerate(service: string, change: () => void): Promise<void> {
    const re = new RegExp(`\\] regenerated [^\\n]*\\b${service.replace(/[-]/g, "\\-")}\\b[^\\n]* in \\d+ ms`);
    const before = this.count(re);
    change();
    await this.until(() => this.count(re) > before, `regenerated ${service}`);
  }
}

let dirs: ReturnType<typeof copyRealSpecs>;
let watcher: Watcher;
const spec = (rel: string) => path.join(dirs.specs, rel);

beforeAll(async () => {
  dirs = copyRealSpecs();
  watcher = new Watcher(dirs.specs, dirs.out);
  await watcher.until(() => watcher.stdout.includes("Watching "), "the first generation");
}, WAIT_MS + 10_000);

afterAll(async () => {
  if (watcher && watcher.child.exitCode === null) {
    watcher.child.kill("SIGKILL");
    await watcher.exit;
  }
  if (dirs) rmSync(dirs.root, { recursive: true, force: true });
});

/** Paths outside `service/` must be byte-identical and not rewritten (the manifest changes when the file set does). */
function expectOthersUntouched(before: ReturnType<typeof snapshotDir>, after: ReturnType<typeof snapshotDir>, service: string, fileSetChanged = false) {
  const others = [...before.keys()].filter((p) => !p.startsWith(`${service}/`) && !(fileSetChanged && p === ".opforge-manifest.json"));
  expect(others.length).toBeGreaterThan(0);
  for (const p of others) {
    expect(after.get(p), p).toEqual(before.get(p));
  }
}

describe("watch mode", { timeout: WAIT_MS + 30_000 }, () => {
  const ACCOUNT = "apigateway/UpdateAccount.yaml";
  const DOC = "documentation: Changes information about the current Account resource.";
  let original: string;

  it("writes the whole output first", () => {
    expect(watcher.stderr).toBe("");
    const services = readdirSync(dirs.specs).filter((f) => statSync(path.join(dirs.specs, f)).isDirectory());
    expect(services.length).toBeGreaterThan(0);
    for (const s of services) expect(existsSync(path.join(dirs.out, s, "package.json")), s).toBe(true);
    original = readFileSync(spec(ACCOUNT), "utf8");
    expect(original).toContain(DOC);
  });

  it("regenerates the changed service only and lists what it wrote", async () => {
    ageFiles(dirs.out);
    const before = snapshotDir(dirs.out);
    await watcher.regenerate("apigateway", () => writeFileSync(spec(ACCOUNT), original.replace(DOC, `${DOC} Edited by the watch test.`)));
    const after = snapshotDir(dirs.out);
    const changed = [...after.keys()].filter((p) => after.get(p)!.contents !== before.get(p)?.contents);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((p) => p.startsWith("apigateway/"))).toBe(true);
    expect(after.get("apigateway/client.d.ts")!.contents).toContain("Edited by the watch test.");
    for (const p of changed) expect(watcher.stdout).toContain(`wrote    ${path.relative(REPO, dirs.out)}/${p}`);
    expectOthersUntouched(before, after, "apigateway");
  });

  it("prints a spec error as file:line:col and keeps the last good output", async () => {
    ageFiles(dirs.out);
    const before = snapshotDir(dirs.out);
    const errorsBefore = watcher.count(/error in apigateway/, watcher.stderr);
    const broken = readFileSync(spec(ACCOUNT), "utf8").replace(/^ {2}method: PATCH$/m, "  method: PATCHX");
    const lines = broken.split("\n");
    const line = lines.findIndex((l) => l.includes("PATCHX")) + 1;
    const col = lines[line - 1]!.indexOf("PATCHX") + 1;
    expect(line).toBeGreaterThan(0);
    writeFileSync(spec(ACCOUNT), broken);
    await watcher.until(() => watcher.count(/error in apigateway/, watcher.stderr) > errorsBefore, "the error report");
    expect(watcher.stderr).toMatch(new RegExp(`UpdateAccount\\.yaml:${line}:${col} error: 'http\\.method' must be one of`));
    expect(watcher.stderr).toContain("last good output kept");
    expect(snapshotDir(dirs.out)).toEqual(before);
  });

  it("regenerates when the error is fixed, and keeps watching", async () => {
    ageFiles(dirs.out);
    const before = snapshotDir(dirs.out);
    await watcher.regenerate("apigateway", () => writeFileSync(spec(ACCOUNT), original.replace(DOC, `${DOC} Fixed.`)));
    const after = snapshotDir(dirs.out);
    expect(after.get("apigateway/client.d.ts")!.contents).toContain("Fixed.");
    expect(after.get("apigateway/client.d.ts")!.contents).not.toContain("Edited by the watch test.");
    expectOthersUntouched(before, after, "apigateway");
  });

  it("handles an editor's save by rename (temp file renamed over the spec), twice", async () => {
    for (const word of ["Renamed once.", "Renamed twice."]) {
      await watcher.regenerate("apigateway", () => {
        const tmp = spec("apigateway/.UpdateAccount.yaml.tmp~");
        writeFileSync(tmp, original.replace(DOC, `${DOC} ${word}`));
        renameSync(tmp, spec(ACCOUNT));
      });
      expect(readFileSync(path.join(dirs.out, "apigateway/client.d.ts"), "utf8")).toContain(word);
    }
  });

  it("removes a deleted operation's output and restores it when the file comes back", async () => {
    const OP = "huawei-apig/UpdateGatewayResponse.yaml";
    const saved = readFileSync(spec(OP), "utf8");
    const before = snapshotDir(dirs.out);
    await watcher.regenerate("huawei-apig", () => unlinkSync(spec(OP)));
    const without = snapshotDir(dirs.out);
    expect(without.get("huawei-apig/types.d.ts")!.contents).not.toContain("UpdateGatewayResponseRequest");
    expectOthersUntouched(before, without, "huawei-apig", true);
    const manifest: string[] = JSON.parse(without.get(".opforge-manifest.json")!.contents);
    for (const p of [...before.keys()].filter((k) => !without.has(k))) {
      expect(manifest).not.toContain(p);
      expect(watcher.stdout).toContain(`removed  ${path.relative(REPO, dirs.out)}/${p}`);
    }
    await watcher.regenerate("huawei-apig", () => writeFileSync(spec(OP), saved));
    const back = snapshotDir(dirs.out);
    expect([...back.keys()]).toEqual([...before.keys()]);
    for (const [p, f] of back) expect(f.contents, p).toBe(before.get(p)!.contents);
  });

  it("generates a new service folder and removes its output when the folder goes", async () => {
    const staging = mkdtempSync(path.join(os.tmpdir(), "opforge-watch-svc-"));
    const folder = path.join(staging, "amplify-copy");
    cpSync(spec("amplifybackend"), folder, { recursive: true });
    const svc = path.join(folder, "service.yaml");
    writeFileSync(svc, readFileSync(svc, "utf8").replace(/^service: amplifybackend$/m, "service: amplify-copy"));
    await watcher.regenerate("amplify-copy", () => renameSync(folder, spec("amplify-copy")));
    rmSync(staging, { recursive: true, force: true });
    const pkg = path.join(dirs.out, "amplify-copy/package.json");
    expect(JSON.parse(readFileSync(pkg, "utf8")).name).toBe("@opforge/amplify-copy");
    await watcher.regenerate("amplify-copy", () => rmSync(spec("amplify-copy"), { recursive: true }));
    expect(existsSync(pkg)).toBe(false);
    expect(existsSync(path.join(dirs.out, "amplifybackend/package.json"))).toBe(true);
  });

  it("stops cleanly on SIGTERM", async () => {
    watcher.child.kill("SIGTERM");
    expect(await watcher.exit).toBe(0);
    expect(watcher.stdout).toContain("Stopped watching.");
  });
});
