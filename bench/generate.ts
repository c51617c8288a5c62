/**
 * `npm run bench -- generate [--quick] [--rounds N]`: generation at scale.
 *
 * - Cold `opforge generate` (fresh node process, empty output folder) on the
 *   five real specs and on synthetic sets of N = 100 and 1,000 operations
 *   (scripts/synthesize-specs.ts): median wall time and peak RSS (reported
 *   by the child itself through a preloaded probe).
 * - Peers, in the same run, on our exported OpenAPI (all services merged in
 *   one document): openapi-typescript (types) and @hey-api/openapi-ts
 *   (types + SDK), each as a fresh process, as their CLIs are used.
 * - Watch mode: the time from saving a one-operation change to the output
 *   file changing on disk (median over edits after a warm-up edit).
 *
 * `--quick` skips the peers at N = 1,000 (hey-api alone takes minutes).
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, watch, existsSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { stringify } from "yaml";
import { synthesizeSpecs } from "../scripts/scale/synthesize-specs.js";
import { mergeOpenApi } from "./merge-openapi.js";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const MAIN = path.join(REPO, "src/cli/main.ts");
const BIN = path.join(REPO, "node_modules/.bin");
const PROBE = path.join(REPO, "bench/rss-probe.mjs");

interface Timing {
  ms: number;
  rssMb: number;
}

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: "boolean", default: false },
      rounds: { type: "string", default: "3" },
      sizes: { type: "string", default: "100,1000" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(`Usage: npm run bench -- generate [--quick] [--rounds N] [--sizes 100,1000]
  --quick      skip the peers at N >= 1000 (hey-api takes minutes there)
  --rounds N   cold runs per size for the real specs and N=100 (default 3; N>=1000: 1)
  --sizes      synthetic sizes (default 100,1000)`);
    return;
  }
  const rounds = Math.max(1, Number(values.rounds) || 3);
  const sizes = values.sizes!.split(",").map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const work = mkdtempSync(path.join(os.tmpdir(), "opforge-bench-gen-"));
  try {
    await benchAll(work, rounds, sizes, values.quick!);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function benchAll(work: string, rounds: number, sizes: number[], quick: boolean) {
  console.log(`machine: ${os.cpus().length} cores, node ${process.version}; cold = fresh process, empty output folder; medians over rounds`);
  // Warm the OS file cache and tsx's transform cache once, unmeasured.
  ours(path.join(REPO, "specs"), path.join(work, "warm"));

  const sets: Array<{ label: string; n: number; specs: string }> = [{ label: "real", n: 5, specs: path.join(REPO, "specs") }];
  for (const n of sizes) {
    const specs = path.join(work, `specs-${n}`);
    synthesizeSpecs({ specsDir: path.join(REPO, "specs"), outDir: specs, operations: n });
    sets.push({ label: `N=${n}`, n, specs });
  }

  const npmRun = median(times(rounds, () => timed(() => run1("npm", ["run", "-s", "generate", "--", "--quiet", "--out", path.join(work, "npm-out")], REPO, () => rmSync(path.join(work, "npm-out"), { recursive: true, force: true }), { OPFORGE_CACHE: "off" }))));

  const rows: Array<Record<string, string>> = [];
  const measured: Array<{ label: string; n: number; ms: number }> = [];
  for (const set of sets) {
    const out = path.join(work, `out-${set.label}`);
    const r = set.n >= 1000 ? 1 : rounds;
    const our = medianTiming(times(r, () => ours(set.specs, out)));
    // Warm: a fresh process and an empty output folder, but a filled cache.
    const cache = path.join(work, `cache-${set.label}`);
    ours(set.specs, out, cache);
    const warm = medianTiming(times(r, () => ours(set.specs, out, cache)));
    const merged = mergeOpenApi(out);
    let ot: number | undefined;
    let hey: number | undefined;
    if (merged && !(quick && set.n >= 1000)) {
      const input = path.join(work, `openapi-${set.label}.yaml`);
      writeFileSync(input, stringify(merged.doc, { lineWidth: 0 }));
      const peerCwd = mkdtempSync(path.join(work, "peer-"));
      const pr = set.n >= 1000 ? 1 : rounds;
      ot = median(times(pr, () => timed(() => run1(path.join(BIN, "openapi-typescript"), [input, "-o", path.join(peerCwd, "types.ts")], peerCwd))));
      hey = median(times(pr, () => timed(() => run1(path.join(BIN, "openapi-ts"), ["-i", input, "-o", path.join(peerCwd, "hey"), "-p", "@hey-api/typescript", "@hey-api/sdk", "-s"], peerCwd, () => rmSync(path.join(peerCwd, "hey"), { recursive: true, force: true })))));
    }
    const files = countFiles(out);
    measured.push({ label: set.label, n: set.n, ms: our.ms });
    console.log(`  ${set.label}: ours ${fmt(our.ms)} ms cold, ${fmt(warm.ms)} ms warm cache, ${our.rssMb.toFixed(0)} MB; openapi-typescript ${ot === undefined ? "-" : fmt(ot)} ms; hey-api ${hey === undefined ? "-" : fmt(hey)} ms`);
    rows.push({
      set: set.label,
      ops: String(set.n),
      services: String(readdirSync(set.specs).length),
      files: String(files),
      "ours cold ms": fmt(our.ms),
      "ms/op": (our.ms / set.n).toFixed(1),
      "peak RSS MB": our.rssMb.toFixed(0),
      "warm-cache ms": fmt(warm.ms),
      "openapi-typescript ms": ot === undefined ? (merged ? "skipped" : "no openapi") : fmt(ot),
      "ours/ot": ot === undefined ? "-" : (our.ms / ot).toFixed(2),
      "hey-api ms": hey === undefined ? (merged ? "skipped" : "no openapi") : fmt(hey),
      "ours/hey": hey === undefined ? "-" : (our.ms / hey).toFixed(2),
    });
  }
  console.log("\nCold generation (ours: all emitters, fresh `node --import tsx src/cli/main.ts generate`, empty output, no cache; warm-cache: same with a filled node_modules/.cache; peers on our merged OpenAPI):");
  printTable(rows);
  console.log(`\n\`npm run generate\` on the real specs, cold, end to end (npm + tsx startup included): ${fmt(npmRun)} ms`);
  // Linear growth: time per operation should stay flat from N=100 to N=1,000.
  const big = measured.filter((m) => m.n >= 100);
  for (let i = 1; i < big.length; i++) {
    const a = big[i - 1]!;
    const b = big[i]!;
    console.log(`growth ${a.label} -> ${b.label}: x${(b.ms / a.ms).toFixed(1)} time for x${(b.n / a.n).toFixed(0)} operations (${(a.ms / a.n).toFixed(1)} -> ${(b.ms / b.n).toFixed(1)} ms/op)`);
  }

  console.log("\nWatch mode, one-operation edit (UpdateAccount documentation) -> output on disk:");
  const lat = await watchLatency(path.join(REPO, "specs"), work, 9, "apigateway", "UpdateAccount.yaml");
  console.log(`  real specs: types.ts changed after median ${fmt(lat.file)} ms (min ${fmt(lat.min)}, max ${fmt(lat.max)}, ${lat.n} edits); watcher done (all files written) after median ${fmt(lat.done)} ms`);
  if (sizes.includes(100)) {
    const specs100 = path.join(work, "specs-100");
    const svc = readdirSync(specs100).sort().find((s) => s.startsWith("apigateway"));
    const op = svc && readdirSync(path.join(specs100, svc)).sort().find((f) => f.startsWith("UpdateAccount"));
    if (svc && op) {
      const l = await watchLatency(specs100, work, 5, svc, op);
      console.log(`  N=100 (${svc}: ${readdirSync(path.join(specs100, svc)).length - 1} operations): types.ts changed after median ${fmt(l.file)} ms; watcher done after median ${fmt(l.done)} ms`);
    }
  }
}

/**
 * One run of our CLI on `specs` into an emptied `out`: cold (no disk cache)
 * unless `cache` names a cache folder (warm once filled).
 */
function ours(specs: string, out: string, cache?: string): Timing {
  rmSync(out, { recursive: true, force: true });
  const rssFile = path.join(os.tmpdir(), `opforge-rss-${process.pid}-${Date.now()}`);
  const started = performance.now();
  run1(process.execPath, ["--import", "tsx", "--import", PROBE, MAIN, "generate", "--quiet", "--specs", specs, "--out", out], REPO, undefined, { OPFORGE_RSS_FILE: rssFile, ...(cache ? { OPFORGE_CACHE_DIR: cache } : { OPFORGE_CACHE: "off" }) });
  const ms = performance.now() - started;
  const kb = Math.max(0, ...readFileSync(rssFile, "utf8").trim().split("\n").map(Number));
  rmSync(rssFile, { force: true });
  return { ms, rssMb: kb / 1024 };
}

function run1(cmd: string, args: string[], cwd: string, before?: () => void, env: Record<string, string> = {}): void {
  before?.();
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024, timeout: 15 * 60_000 });
  if (r.status !== 0) throw new Error(`${path.basename(cmd)} ${args.join(" ")} failed (${r.status ?? r.signal}):\n${r.stderr}${r.stdout}`.slice(0, 4000));
}

function timed(f: () => void): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

function times<T>(n: number, f: () => T): T[] {
  return Array.from({ length: n }, f);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

function medianTiming(ts: Timing[]): Timing {
  return { ms: median(ts.map((t) => t.ms)), rssMb: Math.max(...ts.map((t) => t.rssMb)) };
}

/**
 * Starts a watcher on a copy of `specs`, then edits one operation file
 * `edits` + 1 times (the first is a warm-up) and measures, for each edit, the
 * time until `<service>/src/types.ts` holds the edit, and until the watcher
 * reports the run done.
 */
async function watchLatency(specs: string, work: string, edits: number, service: string, opFile: string) {
  const root = mkdtempSync(path.join(work, "watch-"));
  const dir = path.join(root, "specs");
  spawnSync("cp", ["-r", specs, dir]);
  const out = path.join(root, "out");
  // Its own disk cache: the first run is cold, and the repo's cache stays clean.
  const env = { ...process.env, OPFORGE_CACHE_DIR: path.join(root, "cache") };
  const child = spawn(process.execPath, ["--import", "tsx", MAIN, "generate", "--watch", "--specs", dir, "--out", out], { cwd: REPO, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  const lines: Array<{ at: number; text: string }> = [];
  child.stdout.setEncoding("utf8").on("data", (d: string) => {
    stdout += d;
    lines.push({ at: performance.now(), text: d });
  });
  child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  const until = async (test: () => boolean, what: string, ms = 600_000) => {
    const deadline = Date.now() + ms;
    while (!test()) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`watch bench: no ${what}\n${stdout}\n${stderr}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  try {
    await until(() => stdout.includes("Watching "), "first generation");
    const specFile = path.join(dir, service, opFile);
    const typesFile = path.join(out, service, "src/types.ts");
    const original = readFileSync(specFile, "utf8");
    const doc = /^documentation: (.*)$/m.exec(original);
    if (!doc) throw new Error(`watch bench: ${opFile} has no one-line documentation to edit`);
    const fileMs: number[] = [];
    const doneMs: number[] = [];
    for (let i = 0; i <= edits; i++) {
      const marker = `Bench edit ${i}.`;
      const doneBefore = (stdout.match(/\] regenerated /g) ?? []).length;
      // inotify on the output folder: no polling competing for the 2 cores.
      let changedAt = 0;
      const seen = new Promise<void>((resolve) => {
        const w = watch(path.dirname(typesFile), () => {
          if (changedAt) return;
          let text = "";
          try {
            text = readFileSync(typesFile, "utf8");
          } catch {
            return;
          }
          if (text.includes(marker)) {
            changedAt = performance.now();
            w.close();
            resolve();
          }
        });
      });
      await new Promise((r) => setTimeout(r, 300)); // let the previous run settle
      const t0 = performance.now();
      writeFileSync(specFile, original.replace(doc[0], `documentation: ${doc[1]} ${marker}`));
      let timeout: NodeJS.Timeout | undefined;
      await Promise.race([seen, new Promise((r) => (timeout = setTimeout(r, 120_000)))]);
      clearTimeout(timeout);
      if (!changedAt) throw new Error(`watch bench: ${typesFile} never showed edit ${i}\n${stderr}`);
      await until(() => (stdout.match(/\] regenerated /g) ?? []).length > doneBefore, "report of the run");
      const doneAt = lines.filter((l) => /\] regenerated /.test(l.text)).at(-1)!.at;
      if (i > 0) {
        fileMs.push(changedAt - t0);
        doneMs.push(doneAt - t0);
      }
    }
    return { file: median(fileMs), done: median(doneMs), min: Math.min(...fileMs), max: Math.max(...fileMs), n: fileMs.length };
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
}

function countFiles(dir: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) n++;
  return n;
}

function fmt(ms: number): string {
  return Math.round(ms).toLocaleString("en-US");
}

function printTable(rows: Array<Record<string, string>>) {
  const cols = Object.keys(rows[0]!);
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) => "| " + cells.map((c, i) => c.padStart(width[i]!)).join(" | ") + " |";
  console.log(line(cols));
  console.log("|" + width.map((w) => "-".repeat(w + 2)).join("|") + "|");
  for (const r of rows) console.log(line(cols.map((c) => r[c]!)));
}
