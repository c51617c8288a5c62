/**
 * Runs of generators as fresh processes, as their users run them: ours
 * through `npm run generate` (npm and node start-up included) or the
 * launcher directly, the peer through openapi-typescript's CLI. Wall time,
 * peak resident set (GNU time), and our own timing line.
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const LAUNCHER = path.join(REPO, "scripts/opforge.mjs");
const OPENAPI_TS = path.join(REPO, "node_modules/openapi-typescript/bin/cli.js");

export interface Run {
  /** Wall time of the whole process, ms. */
  ms: number;
  /** Peak resident set of the measured process, MB (GNU time). */
  rssMb: number;
  /** Our own "in N ms" timing line, when the process printed one. */
  ownMs?: number;
  stdout: string;
}

/** Runs `args` under /usr/bin/time (peak RSS of the command itself). */
function measured(cmd: string, args: readonly string[], cwd: string): Run {
  const started = performance.now();
  const r = spawnSync("/usr/bin/time", ["-f", "RSS_KB %M", cmd, ...args], { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, timeout: 30 * 60_000 });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`${path.basename(cmd)} ${args.join(" ")} failed (${r.status ?? r.signal}):\n${r.stderr}${r.stdout}`.slice(0, 4000));
  const kb = Number(/RSS_KB (\d+)/.exec(r.stderr)?.[1] ?? 0);
  const own = /in (\d+) ms:/.exec(r.stdout)?.[1];
  return { ms, rssMb: kb / 1024, ownMs: own === undefined ? undefined : Number(own), stdout: r.stdout };
}

/** `npm run generate -- --specs S --out O`, optionally into an emptied output folder first. */
export function npmGenerate(specs: string, out: string, opts: { empty: boolean }): Run {
  if (opts.empty) rmSync(out, { recursive: true, force: true });
  return measured("npm", ["run", "-s", "generate", "--", "--specs", specs, "--out", out], REPO);
}

/** The launcher without npm: the generator's own process (for peak RSS and ms per operation). */
export function launcherGenerate(specs: string, out: string): Run {
  rmSync(out, { recursive: true, force: true });
  return measured(process.execPath, [LAUNCHER, "generate", "--specs", specs, "--out", out], REPO);
}

/** openapi-typescript's CLI on one OpenAPI document (types only). */
export function openapiTypescript(doc: string, out: string): Run {
  return measured(process.execPath, [OPENAPI_TS, doc, "-o", out], REPO);
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** `n` runs of `f`, and the median of each figure. */
export function medianRun(n: number, f: () => Run): Run {
  const runs = Array.from({ length: n }, f);
  const own = runs.map((r) => r.ownMs).filter((x): x is number => x !== undefined);
  return {
    ms: median(runs.map((r) => r.ms)),
    rssMb: Math.max(...runs.map((r) => r.rssMb)),
    ownMs: own.length ? median(own) : undefined,
    stdout: runs.at(-1)!.stdout,
  };
}
