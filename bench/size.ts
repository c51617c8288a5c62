/**
 * `npm run bench -- size [--rounds N] [--calls N]`
 *
 * 1. Bundle size: esbuild (bundle, minify, platform node, ESM) of a script
 *    that calls `putMethod` with our generated package, against the same
 *    script using `@aws-sdk/client-api-gateway`'s `PutMethodCommand`. Raw and
 *    gzip bytes, and the ratio. Both bundles are run once against the mock to
 *    show they work.
 * 2. Per-call overhead: sequential calls to the generated mock server with a
 *    raw `fetch` (same method, path and body, no auth), our clients (API
 *    Gateway with SigV4, Huawei with a token) and the official AWS SDK, all
 *    interleaved in one run; median over rounds after a warm-up. The calls
 *    are idempotent updates (UpdateAccount, UpdateGatewayResponse) so that
 *    the stateful mock answers every one the same way.
 * 3. The client's own CPU cost per call with a stub `fetch` (no network,
 *    no server), which a busy machine disturbs least.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { APIGatewayClient, UpdateAccountCommand } from "@aws-sdk/client-api-gateway";
import { ApiGatewayClient } from "../generated/apigateway/client.js";
import { startApiGatewayMock as listenApiGateway } from "../generated/apigateway/mock.js";
import { HuaweiApigClient } from "../generated/huawei-apig/client.js";
import { startHuaweiApigMock as listenHuawei } from "../generated/huawei-apig/mock.js";

const ROOT = path.resolve(new URL("..", import.meta.url).pathname);
const INPUT = { restApiId: "api1", resourceId: "res1", httpMethod: "GET", authorizationType: "NONE" };
const FIXED_AUTH =
  "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/apigateway/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=0000";
const CREDENTIALS = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };

const OURS = `
import { ApiGatewayClient } from "./generated/apigateway/index.js";
const client = new ApiGatewayClient({ endpoint: process.env.ENDPOINT, region: "us-east-1", credentials: ${JSON.stringify(CREDENTIALS)} });
console.log(JSON.stringify(await client.putMethod(${JSON.stringify(INPUT)})));
`;
/** For scale: the same kind of script for a Huawei package (token auth, no signer). */
const HUAWEI = `
import { HuaweiApigClient } from "./generated/huawei-apig/index.js";
const client = new HuaweiApigClient({ endpoint: process.env.ENDPOINT, token: "token" });
console.log(JSON.stringify(await client.updateGatewayResponse({ project_id: "p", instance_id: "i", group_id: "g", response_id: "r", name: "resp" })));
`;
const SDK = `
import { APIGatewayClient, PutMethodCommand } from "@aws-sdk/client-api-gateway";
const client = new APIGatewayClient({ endpoint: process.env.ENDPOINT, region: "us-east-1", credentials: ${JSON.stringify(CREDENTIALS)} });
const { $metadata, ...out } = await client.send(new PutMethodCommand(${JSON.stringify(INPUT)}));
console.log(JSON.stringify(out));
`;

interface Bundle {
  name: string;
  code: Uint8Array;
  raw: number;
  gzip: number;
}

/** esbuild's ESM output for node needs a `require` for the CommonJS modules it bundles. */
const REQUIRE_BANNER = 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);';

async function bundle(name: string, contents: string, mainFields?: string[]): Promise<Bundle> {
  const result = await build({
    ...(mainFields ? { mainFields } : {}),
    banner: { js: REQUIRE_BANNER },
    stdin: { contents, resolveDir: ROOT, loader: "js", sourcefile: `${name}.mjs` },
    bundle: true,
    minify: true,
    platform: "node",
    format: "esm",
    target: "node20",
    write: false,
    logLevel: "error",
  });
  const code = result.outputFiles[0]!.contents;
  return { name, code, raw: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * Two esbuild set-ups: its defaults for platform node (`main` before
 * `module`: CommonJS builds, which do not tree-shake), and `module` first
 * (the ESM builds, tree-shaken). The same set-up for both scripts each time.
 */
const SETUPS: Array<[string, string[] | undefined]> = [
  ["esbuild defaults (mainFields main,module)", undefined],
  ["ESM builds first (mainFields module,main)", ["module", "main"]],
];

async function sizes(): Promise<Bundle[]> {
  const all: Bundle[] = [];
  console.log("Bundle of a script calling putMethod (esbuild --bundle --minify --platform=node --format=esm):");
  for (const [title, mainFields] of SETUPS) {
    const ours = await bundle("opforge", OURS, mainFields);
    const sdk = await bundle("aws-sdk", SDK, mainFields);
    all.push(ours, sdk);
    console.log(`  ${title}`);
    console.log(`    ${"".padEnd(28)}${"raw".padStart(12)}${"gzip".padStart(12)}`);
    for (const b of [ours, sdk]) console.log(`    ${b.name.padEnd(28)}${kb(b.raw).padStart(12)}${kb(b.gzip).padStart(12)}`);
    console.log(`    ratio (aws-sdk / opforge)   ${(sdk.raw / ours.raw).toFixed(1).padStart(11)}x${(sdk.gzip / ours.gzip).toFixed(1).padStart(11)}x   (goal >= 20x)`);
    const huawei = await bundle("opforge huawei-apig", HUAWEI, mainFields);
    console.log(`    ${"(opforge huawei-apig, token)".padEnd(28)}${kb(huawei.raw).padStart(12)}${kb(huawei.gzip).padStart(12)}   for scale: the runtime without a signer`);
  }
  return all;
}

async function runBundles(bundles: readonly Bundle[]): Promise<void> {
  // Every bundle must work: run each once against the mock.
  const mock = await listenApiGateway();
  const dir = mkdtempSync(path.join(tmpdir(), "opforge-size-"));
  try {
    for (const [i, b] of bundles.entries()) {
      const file = path.join(dir, `${b.name}-${i}.mjs`);
      writeFileSync(file, b.code);
      mock.reset(); // the mock keeps state: a second PutMethod of the same method would conflict
      const { stdout } = await promisify(execFile)(process.execPath, ["--no-warnings", file], { env: { ...process.env, ENDPOINT: mock.url } }).catch(
        (e: { stderr?: string }) => {
          throw new Error(`the ${b.name} bundle failed: ${(e.stderr ?? "").split("\n").filter((l) => /^\w*Error\b/.test(l)).slice(0, 3).join(" | ")}`);
        },
      );
      const out = JSON.parse(stdout.trim()) as { httpMethod?: string };
      if (out.httpMethod !== "GET") throw new Error(`${b.name} bundle answered ${stdout}`);
    }
    console.log("  the putMethod bundles (opforge and aws-sdk, both set-ups) ran against the mock: ok");
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await mock.close();
  }
}

async function overhead(rounds: number, calls: number): Promise<void> {
  const apigw = await listenApiGateway();
  const huawei = await listenHuawei();
  try {
    const ours = new ApiGatewayClient({ endpoint: apigw.url, region: "us-east-1", credentials: CREDENTIALS, retry: false });
    const sdk = new APIGatewayClient({ endpoint: apigw.url, region: "us-east-1", credentials: CREDENTIALS, maxAttempts: 1 });
    const hw = new HuaweiApigClient({ endpoint: huawei.url, token: "token", retry: false });
    const awsUrl = `${apigw.url}/account`;
    const patch = { patchOperations: [{ op: "replace", path: "/cloudwatchRoleArn", value: "arn:aws:iam::123456789012:role/bench" }] };
    const patchBody = JSON.stringify(patch);
    const hwInput = { project_id: "p", instance_id: "i", group_id: "g", response_id: "r", name: "resp" };
    const hwUrl = `${huawei.url}/v2/p/apigw/instances/i/api-groups/g/gateway-responses/r`;
    const rawAws = async () => {
      // A fixed, SigV4-shaped Authorization (the mock checks its form, not the signature): fetch without signing cost.
      const res = await fetch(awsUrl, { method: "PATCH", headers: { "content-type": "application/json", authorization: FIXED_AUTH, "x-amz-date": "20260101T000000Z" }, body: patchBody });
      if (res.status !== 200) throw new Error(`raw fetch: ${res.status}`);
      await res.json();
    };
    const rawHw = async () => {
      const res = await fetch(hwUrl, { method: "PUT", headers: { "content-type": "application/json", "x-auth-token": "token" }, body: '{"name":"resp"}' });
      if (res.status !== 200) throw new Error(`raw fetch: ${res.status}`);
      await res.json();
    };
    const variants: Array<[string, () => Promise<unknown>]> = [
      ["raw fetch (API Gateway route)", rawAws],
      ["opforge ApiGatewayClient (SigV4)", () => ours.updateAccount(patch as never)],
      ["@aws-sdk/client-api-gateway", () => sdk.send(new UpdateAccountCommand(patch as never))],
      ["raw fetch (Huawei route)", rawHw],
      ["opforge HuaweiApigClient (token)", () => hw.updateGatewayResponse(hwInput)],
    ];
    // Warm-up: JIT, connection pools, mock state.
    for (const [, call] of variants) for (let i = 0; i < 200; i++) await call();
    const perCall = new Map<string, number[]>(variants.map(([n]) => [n, []]));
    // Interleaved call by call (rotating which variant goes first), so that a
    // noisy machine slows every variant alike; one mean per variant per round.
    // CPU time of this process (client and in-process mock alike) is less
    // disturbed by other processes on a busy machine than wall time.
    const cpuPerCall = new Map<string, number[]>(variants.map(([n]) => [n, []]));
    for (let r = 0; r < rounds; r++) {
      const totals = new Map<string, bigint>(variants.map(([n]) => [n, 0n]));
      const cpu = new Map<string, number>(variants.map(([n]) => [n, 0]));
      for (let i = 0; i < calls; i++) {
        for (let k = 0; k < variants.length; k++) {
          const [name, call] = variants[(i + k) % variants.length]!;
          const cpuStart = process.cpuUsage();
          const start = process.hrtime.bigint();
          await call();
          totals.set(name, totals.get(name)! + (process.hrtime.bigint() - start));
          const used = process.cpuUsage(cpuStart);
          cpu.set(name, cpu.get(name)! + used.user + used.system);
        }
      }
      for (const [name, total] of totals) perCall.get(name)!.push(Number(total) / 1000 / calls);
      for (const [name, total] of cpu) cpuPerCall.get(name)!.push(total / calls);
    }
    const med = (n: string) => median(perCall.get(n)!);
    const cpuMed = (n: string) => median(cpuPerCall.get(n)!);
    console.log(`\nPer call to the generated mock (UpdateAccount / UpdateGatewayResponse), sequential, median of ${rounds} rounds x ${calls} calls:`);
    console.log(`  ${"".padEnd(36)}${"wall µs".padStart(10)}${"CPU µs".padStart(10)}`);
    for (const [name] of variants) console.log(`  ${name.padEnd(36)}${med(name).toFixed(0).padStart(10)}${cpuMed(name).toFixed(0).padStart(10)}`);
    const cpuOver = (client: string, raw: string) => `+${(cpuMed(client) - cpuMed(raw)).toFixed(0)} µs CPU (${(cpuMed(client) / cpuMed(raw)).toFixed(2)}x)`;
    console.log(`  CPU overhead over raw fetch: ApiGatewayClient ${cpuOver("opforge ApiGatewayClient (SigV4)", "raw fetch (API Gateway route)")}; AWS SDK ${cpuOver("@aws-sdk/client-api-gateway", "raw fetch (API Gateway route)")}; HuaweiApigClient ${cpuOver("opforge HuaweiApigClient (token)", "raw fetch (Huawei route)")}`);
    const awsRaw = med("raw fetch (API Gateway route)");
    const oursAws = med("opforge ApiGatewayClient (SigV4)");
    const sdkAws = med("@aws-sdk/client-api-gateway");
    const hwRaw = med("raw fetch (Huawei route)");
    const oursHw = med("opforge HuaweiApigClient (token)");
    console.log(`  wall overhead over raw fetch: ApiGatewayClient +${(oursAws - awsRaw).toFixed(0)} µs (${(oursAws / awsRaw).toFixed(2)}x, SigV4 included); AWS SDK +${(sdkAws - awsRaw).toFixed(0)} µs (${(sdkAws / awsRaw).toFixed(2)}x)`);
    console.log(`  wall overhead over raw fetch: HuaweiApigClient +${(oursHw - hwRaw).toFixed(0)} µs (${(oursHw / hwRaw).toFixed(2)}x)`);
    console.log(`  opforge vs AWS SDK per call: ${(sdkAws / oursAws).toFixed(2)}x faster`);
  } finally {
    await apigw.close();
    await huawei.close();
  }
}

/**
 * The client's own cost, without network or server: every call answered by a
 * stub `fetch` that returns a canned response. Interleaved, CPU and wall
 * medians over rounds.
 */
async function stubOverhead(rounds: number, calls: number): Promise<void> {
  const body = '{"cloudwatchRoleArn":"arn:aws:iam::123456789012:role/bench","throttleSettings":{"burstLimit":5000,"rateLimit":10000},"features":[]}';
  const stub = async (): Promise<Response> => new Response(body, { status: 200, headers: { "content-type": "application/json" } });
  const aws = new ApiGatewayClient({ endpoint: "http://127.0.0.1:9", region: "us-east-1", credentials: CREDENTIALS, fetch: stub, retry: false });
  const hw = new HuaweiApigClient({ endpoint: "http://127.0.0.1:9", token: "token", fetch: stub, retry: false });
  const patch = { patchOperations: [{ op: "replace" as const, path: "/cloudwatchRoleArn", value: "arn:aws:iam::123456789012:role/bench" }] };
  const hwInput = { project_id: "p", instance_id: "i", group_id: "g", response_id: "r", name: "resp" };
  const variants: Array<[string, () => Promise<unknown>]> = [
    ["stub fetch alone", async () => (await stub()).json()],
    ["ApiGatewayClient.updateAccount (SigV4)", () => aws.updateAccount(patch)],
    ["HuaweiApigClient.updateGatewayResponse", () => hw.updateGatewayResponse(hwInput)],
  ];
  for (const [, call] of variants) for (let i = 0; i < 500; i++) await call();
  const cpu = new Map<string, number[]>(variants.map(([n]) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    const totals = new Map<string, number>(variants.map(([n]) => [n, 0]));
    for (let i = 0; i < calls * 5; i++) {
      for (let k = 0; k < variants.length; k++) {
        const [name, call] = variants[(i + k) % variants.length]!;
        const start = process.cpuUsage();
        await call();
        const used = process.cpuUsage(start);
        totals.set(name, totals.get(name)! + used.user + used.system);
      }
    }
    for (const [name, total] of totals) cpu.get(name)!.push(total / (calls * 5));
  }
  const base = median(cpu.get("stub fetch alone")!);
  console.log(`\nClient-side cost with a stub fetch (no network, no server), CPU µs per call, median of ${rounds} rounds x ${calls * 5} calls:`);
  for (const [name] of variants) {
    const m = median(cpu.get(name)!);
    console.log(`  ${name.padEnd(40)}${m.toFixed(1).padStart(8)}${name === "stub fetch alone" ? "" : `   (+${(m - base).toFixed(1)} over the stub)`}`);
  }
}

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { rounds: { type: "string", default: "7" }, calls: { type: "string", default: "200" }, help: { type: "boolean" } } });
  if (values.help) {
    console.log("npm run bench -- size [--rounds N] [--calls N]\nBundle size vs @aws-sdk/client-api-gateway, and per-call overhead over raw fetch.");
    return;
  }
  const rounds = Math.min(Math.max(1, Number(values.rounds)), 100);
  const calls = Math.min(Math.max(1, Number(values.calls)), 10_000);
  await runBundles(await sizes());
  await overhead(rounds, calls);
  await stubOverhead(rounds, calls);
}
