/**
 * Runs `opforge generate` (in a child process, or its command module in
 * this process) and inspects output folders, for tests of the CLI.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateCommand } from "../../src/cli/generate-command.js";

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const MAIN = path.join(REPO, "src/cli/main.ts");

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `opforge generate <args>` in this process, through the command module
 * itself (what `main.ts` runs), with stdout and stderr as `console.log`
 * would print the lines. Much faster than a child process; `runCli` keeps
 * the whole executable covered.
 */
export async function runGenerate(args: string[]): Promise<RunResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await generateCommand(args, { out: (l) => out.push(`${l}\n`), err: (l) => err.push(`${l}\n`) });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

/** `opforge <args>` via tsx, as `npm run generate` runs it. */
export function runCli(args: string[], cwd = REPO): RunResult {
  const r = spawnSync(process.execPath, ["--import", "tsx", MAIN, ...args], { cwd, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temp folder holding a copy of the repo's specs/ as `<tmp>/specs`. */
export function copyRealSpecs(): { root: string; specs: string; out: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), "opforge-cli-"));
  const specs = path.join(root, "specs");
  cpSync(path.join(REPO, "specs"), specs, { recursive: true });
  return { root, specs, out: path.join(root, "generated") };
}

/** Every file under `dir` (relative path -> contents and mtime), sorted by path. */
export function snapshotDir(dir: string): Map<string, { contents: string; mtimeMs: number }> {
  const out = new Map<string, { contents: string; mtimeMs: number }>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const abs = path.join(d, name);
      const st = statSync(abs);
      if (st.isDirectory()) walk(abs);
      else out.set(path.relative(dir, abs).split(path.sep).join("/"), { contents: readFileSync(abs, "utf8"), mtimeMs: st.mtimeMs });
    }
  };
  walk(dir);
  return out;
}

/** Sets every file under `dir` to an old mtime, so that any rewrite is visible whatever the clock's resolution. */
export function ageFiles(dir: string, when = new Date("2001-01-01T00:00:00Z")): void {
  for (const rel of snapshotDir(dir).keys()) utimesSync(path.join(dir, rel), when, when);
}
