/**
 * `npm run bench -- generate [--rounds N] [--sizes 100,1000]`: the figures of
 * the generation-speed goals, each with its peer measured in the same run
 * (openapi-typescript's CLI on the same operations, from our own OpenAPI,
 * merged into one document). Fresh processes, medians over rounds.
 *
 * 1. Cold `npm run generate` on the real specs (empty output), end to end:
 *    ≤ 1.5× openapi-typescript; our own timing line ≤ 300 ms.
 * 2. After a one-line documentation edit of one operation: `npm run generate`
 *    ≤ openapi-typescript's cold time.
 * 3. 1,000 operations: ≤ openapi-typescript's time; peak RSS ≤ 1 GB; ms per
 *    operation flat from 100 to 1,000.
 * 4. Watch, one-operation edit to files on disk: ≤ 100 ms on the real specs,
 *    ≤ 300 ms on a 100-operation service.
 * 5. Adding GetModel and DeleteModel: ≤ 6 generated diff lines per spec line.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { stringify } from "yaml";
import { synthesizeSpecs } from "../scripts/scale/synthesize-specs.js";
import { diffSize } from "./gen-diff.js";
import { launcherGenerate, medianRun, npmGenerate, openapiTypescript, REPO, type Run } from "./gen-runs.js";
import { watchLatency } from "./gen-watch.js";
import { mergeOpenApi } from "./merge-openapi.js";

interface Goal {
  what: string;
  ours: string;
  peer: string;
  ratio: string;
  goal: string;
  met: boolean;
}

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      rounds: { type: "string", default: "5" },
      sizes: { type: "string", default: "100,1000" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(`Usage: npm run bench -- generate [--rounds N] [--sizes 100,1000]
  --rounds N   fresh-process runs per figure on the real specs (default 5; N=100: 3; N>=1000: 2)
  --sizes      synthetic spec-set sizes (default 100,1000)`);
    return;
  }
  const rounds = Math.max(1, Number(values.rounds) || 5);
  const sizes = values.sizes!.split(",").map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const work = mkdtempSync(path.join(os.tmpdir(), "opforge-bench-gen-"));
  try {
    await benchAll(work, rounds, sizes);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const fmt = (ms: number) => Math.round(ms).toLocaleString("en-US");

async function benchAll(work: string, rounds: number, sizes: number[]): Promise<void> {
  console.log(`machine: ${os.cpus().length} cores, node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}; fresh processes, medians`);
  const goals: Goal[] = [];
  const real = path.join(REPO, "specs");
  // Warm the OS file cache and the launcher's bundle once, unmeasured.
  launcherGenerate(real, path.join(work, "warm"));

  // 1. Cold, real specs.
  const realOut = path.join(work, "out-real");
  const cold = medianRun(rounds, () => npmGenerate(real, realOut, { empty: true }));
  const realOps = countOperations(real);
  const realDoc = writeMerged(realOut, path.join(work, "openapi-real.yaml"));
  const peerReal = medianRun(rounds, () => openapiTypescript(realDoc, path.join(work, "ot-real.ts")));
  goals.push(goal(`cold npm run generate, real specs (${realOps} ops)`, cold.ms, peerReal.ms, 1.5));
  goals.push({ what: "our own timing line, real specs, cold", ours: `${fmt(cold.ownMs ?? NaN)} ms`, peer: "", ratio: "", goal: "≤ 300 ms", met: (cold.ownMs ?? Infinity) <= 300 });

  // 2. One-line documentation edit of one operation, output present.
  const editSpecs = path.join(work, "specs-edit");
  copy(real, editSpecs);
  npmGenerate(editSpecs, path.join(work, "out-edit"), { empty: true });
  const file = path.join(editSpecs, "apigateway", "UpdateAccount.yaml");
  const original = readFileSync(file, "utf8");
  let i = 0;
  const edit = medianRun(rounds, () => {
    writeFileSync(file, original.replace(/^documentation: (.*)$/m, (_m, d: string) => `documentation: ${d} Edit ${++i}.`));
    return npmGenerate(editSpecs, path.join(work, "out-edit"), { empty: false });
  });
  goals.push(goal("npm run generate after a one-line doc edit, vs the peer cold", edit.ms, peerReal.ms, 1));

  // 3. Scale.
  const perOp: Array<{ n: number; msPerOp: number }> = [];
  for (const n of sizes) {
    const specs = path.join(work, `specs-${n}`);
    synthesizeSpecs({ specsDir: real, outDir: specs, operations: n });
    const out = path.join(work, `out-${n}`);
    const r = n >= 1000 ? 2 : 3;
    const ours: Run = medianRun(r, () => launcherGenerate(specs, out));
    const doc = writeMerged(out, path.join(work, `openapi-${n}.yaml`));
    const peer = medianRun(r, () => openapiTypescript(doc, path.join(work, `ot-${n}.ts`)));
    perOp.push({ n, msPerOp: ours.ms / n });
    console.log(`  N=${n}: ours ${fmt(ours.ms)} ms (own line ${fmt(ours.ownMs ?? NaN)} ms), peak RSS ${ours.rssMb.toFixed(0)} MB, ${(ours.ms / n).toFixed(1)} ms/op; openapi-typescript ${fmt(peer.ms)} ms`);
    if (n >= 1000) {
      goals.push(goal(`${n} operations, vs openapi-typescript (types only)`, ours.ms, peer.ms, 1));
      goals.push({ what: `${n} operations, peak RSS`, ours: `${ours.rssMb.toFixed(0)} MB`, peer: "", ratio: "", goal: "≤ 1,024 MB", met: ours.rssMb <= 1024 });
    }
  }
  if (perOp.length >= 2) {
    const [a, b] = [perOp[0]!, perOp[perOp.length - 1]!];
    goals.push({ what: `ms per operation, N=${a.n} -> N=${b.n}`, ours: `${a.msPerOp.toFixed(1)} -> ${b.msPerOp.toFixed(1)}`, peer: "", ratio: (b.msPerOp / a.msPerOp).toFixed(2), goal: "flat (≤ 1.25)", met: b.msPerOp / a.msPerOp <= 1.25 });
  }

  // 4. Watch.
  const w = await watchLatency(real, work, 9, "apigateway", "UpdateAccount.yaml");
  goals.push({ what: "watch, one-operation edit -> file on disk, real specs", ours: `${fmt(w.ms)} ms`, peer: "", ratio: "", goal: "≤ 100 ms", met: w.ms <= 100 });
  {
    // One service of 100 operations: copies of API Gateway's only, so that none is spread over others.
    const one = path.join(work, "specs-one-service");
    cpSync(path.join(real, "apigateway"), path.join(one, "apigateway"), { recursive: true });
    const specs100 = path.join(work, "specs-watch-100");
    synthesizeSpecs({ specsDir: one, outDir: specs100, operations: 100 });
    const svc = readdirSync(specs100).sort()[0]!;
    const op = readdirSync(path.join(specs100, svc)).sort().find((f) => f !== "service.yaml" && /^documentation: /m.test(readFileSync(path.join(specs100, svc, f), "utf8")));
    if (!op) throw new Error(`no operation with documentation in ${svc}`);
    const w100 = await watchLatency(specs100, work, 5, svc, op);
    goals.push({ what: `watch, one-operation edit, ${readdirSync(path.join(specs100, svc)).length - 1}-operation service`, ours: `${fmt(w100.ms)} ms`, peer: "", ratio: "", goal: "≤ 300 ms", met: w100.ms <= 300 });
  }

  // 5. Diff size.
  const d = diffSize(work);
  goals.push({ what: `diff lines per spec line, adding GetModel + DeleteModel (${d.specLines} spec lines)`, ours: `${d.generatedLines} lines`, peer: "", ratio: d.perSpecLine.toFixed(2), goal: "≤ 6", met: d.perSpecLine <= 6 });

  console.log("");
  printGoals(goals);
}

function goal(what: string, ours: number, peer: number, limit: number): Goal {
  return { what, ours: `${fmt(ours)} ms`, peer: `${fmt(peer)} ms`, ratio: `${(ours / peer).toFixed(2)}x`, goal: `≤ ${limit}x`, met: ours / peer <= limit };
}

function writeMerged(out: string, file: string): string {
  const merged = mergeOpenApi(out);
  if (!merged) throw new Error(`no OpenAPI documents under ${out}`);
  writeFileSync(file, stringify(merged.doc, { lineWidth: 0 }));
  return file;
}

function copy(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}

function countOperations(specs: string): number {
  return readdirSync(specs).reduce((n, s) => n + readdirSync(path.join(specs, s)).filter((f) => f !== "service.yaml").length, 0);
}

function printGoals(goals: readonly Goal[]): void {
  const rows = goals.map((g) => [g.what, g.ours, g.peer, g.ratio, g.goal, g.met ? "met" : "NOT met"]);
  const head = ["figure", "ours", "peer (openapi-typescript)", "ratio", "goal", ""];
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => "| " + cells.map((c, i) => c.padEnd(width[i]!)).join(" | ") + " |";
  console.log(line(head));
  console.log("|" + width.map((w) => "-".repeat(w + 2)).join("|") + "|");
  for (const r of rows) console.log(line(r));
}
