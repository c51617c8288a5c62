/**
 * `npm run bench -- mock [--duration S] [--rounds N] [--connections C]`
 *
 * Throughput and p99 latency of the mock for a valid and an invalid
 * PutMethod, side by side in one run with (a) a bare `node:http` server
 * answering the same route with a fixed body (the ceiling for Node) and
 * (b) Stoplight Prism mocking the emitted OpenAPI of the same operation.
 * Every server runs in its own process; autocannon runs in this one.
 * Figures are medians over rounds after a warm-up, and ratios against the
 * peers measured in the same run. Also: time from spawn to ready.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { build } from "esbuild";
import { compileSpecs } from "../src/pipeline/compile-specs.js";

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p99: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodeStats: Record<string, { count: number }>;
}
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const ROOT = path.resolve(new URL("..", import.meta.url).pathname);
/** Temp folders this run made (bundle, fallback OpenAPI); removed at the end. */
const TEMP_DIRS: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "opforge-bench-mock-"));
  TEMP_DIRS.push(dir);
  return dir;
}
const ROUTE = "/restapis/api1/resources/res1/methods/GET";
const AUTH = "AWS4-HMAC-SHA256 Credential=AKIAMOCKTESTKEY00001/20260101/us-east-1/apigateway/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=0000";
const VALID = JSON.stringify({ authorizationType: "NONE", apiKeyRequired: false, operationName: "ListPets", requestParameters: { "method.request.querystring.page": false } });
const INVALID = JSON.stringify({ authorizationType: 7, apiKeyRequired: false, operationName: "ListPets" });
const HEADERS = { "content-type": "application/json", authorization: AUTH, "x-amz-date": "20260101T000000Z" };

interface Server {
  name: string;
  url: string;
  readyMs: number;
  child: ChildProcess;
  /** What the server printed so far (capped). */
  output: () => string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

/**
 * Spawns a server; it is ready when `readyUrl(output)` names its URL (or, for
 * quiet servers, when `pollUrl` first answers). `readyMs` counts from spawn to
 * the first answered request.
 */
async function spawnServer(name: string, cmd: string, args: string[], readyUrl: (out: string) => string | undefined, pollUrl?: string): Promise<Server> {
  const started = performance.now();
  const child = spawn(cmd, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let exited: string | undefined;
  child.stdout!.on("data", (d: Buffer) => (out.length < 100_000 ? (out += d.toString()) : undefined));
  child.stderr!.on("data", (d: Buffer) => (out.length < 100_000 ? (out += d.toString()) : undefined));
  child.on("exit", (code) => (exited = `${name} exited (${code}):\n${out}`));
  for (let i = 0; i < 6000; i++) {
    if (exited) throw new Error(exited);
    const url = pollUrl ?? readyUrl(out);
    if (url) {
      try {
        const r = await fetch(url + ROUTE, { method: "PUT", headers: HEADERS, body: VALID });
        await r.arrayBuffer();
        return { name, url, readyMs: performance.now() - started, child, output: () => out };
      } catch {
        // not listening yet
      }
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  child.kill("SIGTERM");
  throw new Error(`${name} not ready after 30 s:\n${out}`);
}

/**
 * The generated package's own `listen()` (generated/apigateway/src/mock.ts),
 * bundled with esbuild into plain JS, as a deployment would run it: no
 * TypeScript loader in the measured process.
 */
async function bundledMockServer(): Promise<string> {
  const outfile = path.join(tempDir(), "mock-server.mjs");
  await build({
    stdin: {
      contents: `import { listen } from "./generated/apigateway/src/mock.js";
const m = await listen({ port: 0, stateful: false });
console.log("generated mock listening on " + m.url);`,
      resolveDir: ROOT,
      loader: "ts",
      sourcefile: "bench-mock-entry.ts",
    },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile,
    logLevel: "error",
  });
  return outfile;
}

const BARE_SERVER = `
const http = require("node:http");
const body = ${JSON.stringify(JSON.stringify({ httpMethod: "GET", authorizationType: "NONE", apiKeyRequired: false, operationName: "ListPets" }))};
http.createServer((req, res) => {
  // Reads the request body first, as any server answering a PUT does; then a fixed answer.
  req.on("data", () => {});
  req.on("end", () => {
    res.writeHead(201, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.end(body);
  });
}).listen(0, "127.0.0.1", function () { console.log("bare listening on http://127.0.0.1:" + this.address().port); });
`;

/** OpenAPI for Prism: the emitted one when present, else a minimal 3.1 document for PutMethod derived from the IR. */
function openapiFile(): string {
  const emitted = path.join(ROOT, "generated/apigateway/openapi.yaml");
  if (existsSync(emitted)) return emitted;
  const model = compileSpecs(path.join(ROOT, "specs"), { only: ["apigateway"] }).model;
  const svc = model.services[0]!;
  const op = svc.operations.find((o) => o.name === "PutMethod")!;
  const input = svc.shapes.find((s) => s.name === op.input);
  const body = input?.kind === "structure" ? input.members.filter((m) => m.location === "body") : [];
  const scalar = (t: { kind: string }) => (t.kind === "boolean" ? { type: "boolean" } : t.kind === "string" ? { type: "string" } : t.kind === "map" ? { type: "object" } : t.kind === "list" ? { type: "array" } : {});
  const doc = {
    openapi: "3.1.0",
    info: { title: "PutMethod (bench)", version: "1" },
    paths: {
      [op.http.path]: {
        put: {
          operationId: op.name,
          parameters: input?.kind === "structure" ? input.members.filter((m) => m.location === "path").map((m) => ({ name: m.wireName, in: "path", required: true, schema: { type: "string" } })) : [],
          requestBody: {
            required: true,
            content: { "application/json": { schema: { type: "object", additionalProperties: false, required: body.filter((m) => m.required).map((m) => m.wireName), properties: Object.fromEntries(body.map((m) => [m.wireName, scalar(m.type)])) } } },
          },
          responses: {
            [String(op.http.successStatus)]: { description: "ok", content: { "application/json": { schema: { type: "object" }, example: { httpMethod: "GET", authorizationType: "NONE" } } } },
            "400": { description: "bad request", content: { "application/json": { schema: { type: "object", properties: { message: { type: "string" } } }, example: { message: "bad" } } } },
          },
        },
      },
    },
  };
  const file = path.join(tempDir(), "putmethod.openapi.json");
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

interface Target {
  label: string;
  server: Server;
  body: string;
  expectStatus?: number;
}

interface Sample {
  rps: number;
  p99: number;
  /** Server CPU time (user + system) per request, µs: robust to other load on the machine, unlike req/s. */
  cpuUs: number;
  statuses: Record<string, number>;
  errors: number;
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); NaN elsewhere. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are fields 14 and 15 of stat (11 and 12 after the command), in clock ticks (100/s on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

async function measure(t: Target, seconds: number, connections: number): Promise<Sample> {
  const cpu0 = cpuSeconds(t.server.child.pid);
  const r = await autocannon({ url: t.server.url + ROUTE, method: "PUT", headers: HEADERS, body: t.body, connections, duration: seconds, pipelining: 1 });
  const statuses: Record<string, number> = {};
  for (const [code, s] of Object.entries(r.statusCodeStats ?? {})) statuses[code] = s.count;
  const cpuUs = ((cpuSeconds(t.server.child.pid) - cpu0) * 1e6) / Math.max(1, r.requests.total);
  return { rps: r.requests.average, p99: r.latency.p99, cpuUs, statuses, errors: r.errors + r.timeouts };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function fmt(n: number, digits = 0): string {
  return n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** Sends one request and shows what the server answered (proves the invalid request's 400 names the violation). */
async function probe(t: Target): Promise<string> {
  const r = await fetch(t.server.url + ROUTE, { method: "PUT", headers: HEADERS, body: t.body });
  const text = await r.text();
  return `${r.status} ${text.length > 140 ? text.slice(0, 137) + "..." : text}`;
}

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      duration: { type: "string", default: "5" },
      rounds: { type: "string", default: "3" },
      connections: { type: "string", default: "32" },
      warmup: { type: "string", default: "2" },
      "no-prism": { type: "boolean", default: false },
    },
  });
  const seconds = Number(values.duration);
  const rounds = Number(values.rounds);
  const connections = Number(values.connections);
  const warmup = Number(values.warmup);
  console.log(`autocannon: ${connections} connections, ${seconds} s per measurement, ${rounds} rounds (medians), ${warmup} s warm-up; servers in child processes`);
  console.log("cpu µs/req: the server process's user+system CPU time per answered request (from /proc); 'cpu vs bare' = bare's cost / this cost, the throughput ratio an unloaded machine would show");

  const servers: Server[] = [];
  try {
    const urlIn = (o: string) => /(http:\/\/127\.0\.0\.1:\d+)/.exec(o)?.[1];
    // `npm run mock` as users start it (tsx transpiles at boot): readiness only.
    const cli = await spawnServer("opforge mock (CLI)", process.execPath, ["--import", "tsx", "src/cli/main.ts", "mock", "--port", "0", "--quiet", "--stateless"], urlIn);
    const cliLine = /ready in (\d+) ms/.exec(cli.output())?.[1];
    cli.child.kill("SIGTERM");
    const mock = await spawnServer("generated mock (bundled)", process.execPath, [await bundledMockServer()], urlIn);
    servers.push(mock);
    const bare = await spawnServer("bare node:http", process.execPath, ["-e", BARE_SERVER], urlIn);
    servers.push(bare);
    let prism: Server | undefined;
    if (!values["no-prism"]) {
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;
      prism = await spawnServer("prism", path.join(ROOT, "node_modules/.bin/prism"), ["mock", openapiFile(), "--port", String(port), "--host", "127.0.0.1", "-v", "error"], () => url, url);
      servers.push(prism);
    }

    const targets: Target[] = [
      { label: "bare node:http (reads body, fixed answer)", server: bare, body: VALID },
      { label: "opforge mock, valid PutMethod", server: mock, body: VALID },
      { label: "opforge mock, invalid PutMethod", server: mock, body: INVALID },
      ...(prism ? [{ label: "prism, valid PutMethod", server: prism, body: VALID }, { label: "prism, invalid PutMethod", server: prism, body: INVALID }] : []),
    ];
    for (const t of targets) console.log(`  probe ${t.label}: ${await probe(t)}`);
    for (const t of targets) await measure(t, warmup, connections);
    const samples = new Map<Target, Sample[]>(targets.map((t) => [t, []]));
    for (let r = 0; r < rounds; r++) {
      for (const t of targets) samples.get(t)!.push(await measure(t, seconds, connections));
    }

    const rows = targets.map((t) => {
      const xs = samples.get(t)!;
      const statuses: Record<string, number> = {};
      for (const x of xs) for (const [k, v] of Object.entries(x.statuses)) statuses[k] = (statuses[k] ?? 0) + v;
      return { t, rps: median(xs.map((x) => x.rps)), p99: median(xs.map((x) => x.p99)), cpuUs: median(xs.map((x) => x.cpuUs)), statuses, errors: xs.reduce((a, x) => a + x.errors, 0) };
    });
    const bareRps = rows[0]!.rps;
    const prismRow = (body: string) => rows.find((r) => r.t.server === prism && r.t.body === body);
    console.log("");
    console.log(`${"target".padEnd(42)} ${"req/s".padStart(9)} ${"p99 ms".padStart(7)} ${"vs bare".padStart(8)} ${"vs prism".padStart(9)} ${"cpu µs/req".padStart(10)} ${"cpu vs bare".padStart(11)}  statuses`);
    for (const r of rows) {
      const peer = prismRow(r.t.body);
      const vsPrism = r.t.server === mock && peer ? `${fmt(r.rps / peer.rps, 1)}x` : "";
      const status = Object.entries(r.statuses)
        .map(([k, v]) => `${k}:${v}`)
        .join(" ");
      const cpuRatio = `${fmt((100 * rows[0]!.cpuUs) / r.cpuUs)}%`;
      console.log(
        `${r.t.label.padEnd(42)} ${fmt(r.rps).padStart(9)} ${fmt(r.p99).padStart(7)} ${`${fmt((100 * r.rps) / bareRps)}%`.padStart(8)} ${vsPrism.padStart(9)} ${fmt(r.cpuUs, 1).padStart(10)} ${cpuRatio.padStart(11)}  ${status}${r.errors ? ` errors:${r.errors}` : ""}`,
      );
    }
    console.log("");
    console.log(
      `time from spawn to first answer: generated mock ${fmt(mock.readyMs)} ms, bare node:http ${fmt(bare.readyMs)} ms${prism ? `, prism ${fmt(prism.readyMs)} ms` : ""}; ` +
        `opforge mock CLI (all services, tsx transpiling at boot) ${fmt(cli.readyMs)} ms, of which startMock ${cliLine ?? "?"} ms (goal: ready within 500 ms)`,
    );
    const valid = rows[1]!;
    const invalid = rows[2]!;
    const bareCpu = rows[0]!.cpuUs;
    const goals = [
      `valid ${fmt((100 * valid.rps) / bareRps)}% of bare req/s, ${fmt((100 * bareCpu) / valid.cpuUs)}% by CPU per request (goal >= 80%)`,
      `invalid ${fmt((100 * invalid.rps) / bareRps)}% of bare req/s, ${fmt((100 * bareCpu) / invalid.cpuUs)}% by CPU per request (goal >= 80%)`,
      ...(prism ? [`valid ${fmt(valid.rps / prismRow(VALID)!.rps, 1)}x prism, invalid ${fmt(invalid.rps / prismRow(INVALID)!.rps, 1)}x prism (goal >= 10x)`] : []),
      `p99 valid ${fmt(valid.p99)} ms, invalid ${fmt(invalid.p99)} ms (goal <= 5 ms)`,
    ];
    console.log(`goals: ${goals.join("; ")}`);
  } finally {
    for (const s of servers) s.child.kill("SIGTERM");
    for (const d of TEMP_DIRS.splice(0)) rmSync(d, { recursive: true, force: true });
  }
}
