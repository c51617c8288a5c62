/**
 * `npm run bench -- mock [--duration S] [--rounds N] [--connections C] [--rate R] [--no-prism]`
 *
 * Throughput and p99 latency of the generated API Gateway mock (journal on)
 * for a valid and an invalid PutMethod, in one run beside its peers (see
 * `mock-servers.ts`): a bare `node:http` fixed answer, a `node:http` server
 * doing the least a validating mock does (JSON.parse + ajv + fixed answer),
 * and Prism. Every server runs in its own process, autocannon in this one;
 * rounds interleave the targets, figures are medians (a ratio is the
 * median of the rounds' ratios, with their spread). p99 is given at
 * saturation and at a fixed rate (`--rate`, req/s over all connections),
 * since at saturation it mostly measures the queue the connections make.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { generate } from "../src/pipeline/generate.js";
import { AJV_SERVER, BARE_SERVER, bundleMock, freePort, HEADERS, INVALID, ROUTE, spawnServer, urlIn, VALID, type Server } from "./mock-servers.js";

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p99: number };
  errors: number;
  timeouts: number;
  statusCodeStats: Record<string, { count: number }>;
}
const require = createRequire(import.meta.url);
const autocannon = require("autocannon") as (opts: Record<string, unknown>) => Promise<AutocannonResult>;
const ROOT = path.resolve(import.meta.dirname, "..");

interface Target {
  label: string;
  server: Server;
  body: string;
}

interface Sample {
  rps: number;
  p99: number;
  p99AtRate: number;
  /** Server CPU time (user + system) per request, µs: robust to other load on the machine. */
  cpuUs: number;
  statuses: Record<string, number>;
  errors: number;
}

/** CPU seconds a process has used so far, from /proc (Linux); NaN elsewhere. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

async function measure(t: Target, seconds: number, connections: number, rate: number): Promise<Sample> {
  const common = { url: t.server.url + ROUTE, method: "PUT", headers: HEADERS, body: t.body, connections, pipelining: 1 };
  const cpu0 = cpuSeconds(t.server.child.pid);
  const r = await autocannon({ ...common, duration: seconds });
  const cpuUs = ((cpuSeconds(t.server.child.pid) - cpu0) * 1e6) / Math.max(1, r.requests.total);
  const paced = await autocannon({ ...common, duration: Math.max(2, seconds / 2), overallRate: rate });
  const statuses: Record<string, number> = {};
  for (const [code, s] of Object.entries(r.statusCodeStats ?? {})) statuses[code] = s.count;
  return { rps: r.requests.average, p99: r.latency.p99, p99AtRate: paced.latency.p99, cpuUs, statuses, errors: r.errors + r.timeouts };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (n: number, digits = 0) => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function probe(t: Target): Promise<string> {
  const r = await fetch(t.server.url + ROUTE, { method: "PUT", headers: HEADERS, body: t.body });
  const text = await r.text();
  return `${r.status} ${text.length > 120 ? text.slice(0, 117) + "..." : text}`;
}

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      duration: { type: "string", default: "3" },
      rounds: { type: "string", default: "5" },
      connections: { type: "string", default: "50" },
      warmup: { type: "string", default: "2" },
      rate: { type: "string", default: "2000" },
      "no-prism": { type: "boolean", default: false },
    },
  });
  const [seconds, rounds, connections, warmup, rate] = [values.duration, values.rounds, values.connections, values.warmup, values.rate].map(Number) as [number, number, number, number, number];
  console.log(`autocannon: ${connections} connections, ${seconds} s per measurement (then ${Math.max(2, seconds / 2)} s at ${rate} req/s for p99), ${rounds} interleaved rounds (medians), ${warmup} s warm-up; servers in child processes`);

  const tmp = mkdtempSync(path.join(tmpdir(), "opforge-bench-mock-"));
  const servers: Server[] = [];
  try {
    const generatedDir = path.join(tmp, "generated");
    await generate({ specsDir: path.join(ROOT, "specs"), outDir: generatedDir, only: ["apigateway"] });
    symlinkSync(path.join(ROOT, "node_modules"), path.join(tmp, "node_modules"), "dir");
    const cli = await spawnServer("opforge mock (CLI)", process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli/main.ts"), "mock", "--port", "0", "--quiet", "--stateless", "--generated", generatedDir], {}, urlIn);
    const cliReady = /ready in (\d+) ms/.exec(cli.output())?.[1];
    cli.child.kill("SIGTERM");
    const mock = await spawnServer("generated mock (bundled)", process.execPath, [await bundleMock(generatedDir, tmp)], {}, urlIn);
    servers.push(mock);
    const bare = await spawnServer("bare node:http", process.execPath, ["-e", BARE_SERVER], {}, urlIn);
    servers.push(bare);
    const schema = path.join(generatedDir, "apigateway/schema/apigateway.schema.json");
    const ajv = await spawnServer("node:http + ajv", process.execPath, ["-e", AJV_SERVER], { AJV_2020: require.resolve("ajv/dist/2020.js"), SCHEMA_FILE: schema }, urlIn);
    servers.push(ajv);
    let prism: Server | undefined;
    if (!values["no-prism"]) {
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;
      const openapi = path.join(generatedDir, "apigateway/openapi.yaml");
      prism = await spawnServer("prism", path.join(ROOT, "node_modules/.bin/prism"), ["mock", openapi, "--port", String(port), "--host", "127.0.0.1", "-v", "silent"], {}, () => url, url);
      servers.push(prism);
    }

    const targets: Target[] = [
      { label: "bare node:http (fixed answer)", server: bare, body: VALID },
      { label: "node:http + JSON.parse + ajv, valid", server: ajv, body: VALID },
      { label: "node:http + JSON.parse + ajv, invalid", server: ajv, body: INVALID },
      { label: "opforge mock, valid PutMethod", server: mock, body: VALID },
      { label: "opforge mock, invalid PutMethod", server: mock, body: INVALID },
      ...(prism ? [{ label: "prism, valid PutMethod", server: prism, body: VALID }, { label: "prism, invalid PutMethod", server: prism, body: INVALID }] : []),
    ];
    for (const t of targets) console.log(`  probe ${t.label}: ${await probe(t)}`);
    for (const t of targets) await measure(t, warmup, connections, rate);
    const samples = new Map<Target, Sample[]>(targets.map((t) => [t, []]));
    for (let r = 0; r < rounds; r++) for (const t of targets) samples.get(t)!.push(await measure(t, seconds, connections, rate));

    const rows = targets.map((t) => {
      const xs = samples.get(t)!;
      const statuses: Record<string, number> = {};
      for (const x of xs) for (const [k, v] of Object.entries(x.statuses)) statuses[k] = (statuses[k] ?? 0) + v;
      return { t, xs, rps: median(xs.map((x) => x.rps)), p99: median(xs.map((x) => x.p99)), p99AtRate: median(xs.map((x) => x.p99AtRate)), cpuUs: median(xs.map((x) => x.cpuUs)), statuses, errors: xs.reduce((a, x) => a + x.errors, 0) };
    });
    const row = (server: Server | undefined, body: string) => rows.find((r) => r.t.server === server && r.t.body === body);
    console.log("");
    console.log(`${"target".padEnd(40)} ${"req/s".padStart(8)} ${"p99 ms".padStart(7)} ${`p99@${rate}`.padStart(9)} ${"cpu µs/req".padStart(10)}  statuses`);
    for (const r of rows)
      console.log(
        `${r.t.label.padEnd(40)} ${fmt(r.rps).padStart(8)} ${fmt(r.p99).padStart(7)} ${fmt(r.p99AtRate).padStart(9)} ${fmt(r.cpuUs, 1).padStart(10)}  ` +
          `${Object.entries(r.statuses).map(([k, v]) => `${k}:${v}`).join(" ")}${r.errors ? ` errors:${r.errors}` : ""}`,
      );
    // Each round's ratio compares two targets measured a few seconds apart; the median of those
    // is steadier on a shared machine than the ratio of medians taken minutes apart.
    const ratio = (a: (typeof rows)[number] | undefined, b: (typeof rows)[number] | undefined) => {
      if (!a || !b) return "n/a";
      const byRps = a.xs.map((x, i) => x.rps / b.xs[i]!.rps);
      const byCpu = a.xs.map((x, i) => b.xs[i]!.cpuUs / x.cpuUs);
      const spread = `rounds ${fmt(Math.min(...byRps), 2)}-${fmt(Math.max(...byRps), 2)}`;
      return `${fmt(median(byRps), 2)}x by req/s (${spread}), ${fmt(median(byCpu), 2)}x by CPU/req`;
    };
    const [mv, mi, av, ai, bv, pv, pi] = [row(mock, VALID), row(mock, INVALID), row(ajv, VALID), row(ajv, INVALID), row(bare, VALID), row(prism, VALID), row(prism, INVALID)];
    console.log("");
    console.log(`goal  valid   vs node:http+ajv (>= 1.0x): ${ratio(mv, av)}`);
    console.log(`goal  invalid vs node:http+ajv (>= 1.0x): ${ratio(mi, ai)}`);
    console.log(`goal  valid   vs bare node:http (>= 0.8x): ${ratio(mv, bv)}`);
    console.log(`goal  invalid vs bare node:http (>= 0.8x): ${ratio(mi, bv)}`);
    if (prism) console.log(`goal  vs prism (>= 10x): valid ${ratio(mv, pv)}; invalid ${ratio(mi, pi)}`);
    console.log(`goal  p99 <= 5 ms at ${connections} connections: valid ${fmt(mv!.p99)} ms saturated, ${fmt(mv!.p99AtRate)} ms at ${rate} req/s; invalid ${fmt(mi!.p99)} / ${fmt(mi!.p99AtRate)} ms`);
    console.log(`ready: generated mock ${fmt(mock.readyMs)} ms from spawn to first answer; opforge mock CLI ${fmt(cli.readyMs)} ms (tsx transpiling at boot), of which startMock ${cliReady ?? "?"} ms`);
  } finally {
    for (const s of servers) s.child.kill("SIGTERM");
    rmSync(tmp, { recursive: true, force: true });
  }
}
