/**
 * The servers `npm run bench -- mock` compares, each started in its own
 * process: the generated API Gateway mock (bundled with esbuild, as a
 * deployment runs it; journal and control API on, as by default), a bare
 * `node:http` server answering a fixed body, a `node:http` server doing the
 * least a validating mock does (JSON.parse, ajv against the generated JSON
 * Schema, a fixed answer or ajv's errors), and Stoplight Prism mocking the
 * generated OpenAPI document, quiet.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { build } from "esbuild";

export const ROUTE = "/restapis/api1/resources/res1/methods/GET";
export const AUTH =
  "AWS4-HMAC-SHA256 Credential=AKIAMOCKTESTKEY00001/20260101/us-east-1/apigateway/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=0000";
export const HEADERS = { "content-type": "application/json", authorization: AUTH, "x-amz-date": "20260101T000000Z" };
export const VALID = JSON.stringify({ authorizationType: "NONE", apiKeyRequired: false, operationName: "ListPets", requestParameters: { "method.request.querystring.page": false } });
export const INVALID = JSON.stringify({ authorizationType: 7, apiKeyRequired: false, operationName: "ListPets" });
const FIXED = JSON.stringify({ httpMethod: "GET", authorizationType: "NONE", apiKeyRequired: false, operationName: "ListPets" });

/** A server process and where it listens. */
export interface Server {
  name: string;
  url: string;
  /** Milliseconds from spawn to the first answered request. */
  readyMs: number;
  child: ChildProcess;
  output: () => string;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

/** Spawns a server; ready once `readyUrl(output)` (or `pollUrl`) answers a PutMethod. */
export async function spawnServer(name: string, cmd: string, args: string[], env: Record<string, string>, readyUrl: (out: string) => string | undefined, pollUrl?: string): Promise<Server> {
  const started = performance.now();
  const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
  let out = "";
  let exited: string | undefined;
  const keep = (d: Buffer) => (out.length < 100_000 ? (out += d.toString()) : undefined);
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  child.on("exit", (code) => (exited = `${name} exited (${code}):\n${out}`));
  for (let i = 0; i < 6000; i++) {
    if (exited) throw new Error(exited);
    const url = pollUrl ?? readyUrl(out);
    if (url) {
      try {
        await (await fetch(url + ROUTE, { method: "PUT", headers: HEADERS, body: VALID })).arrayBuffer();
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

export const urlIn = (out: string): string | undefined => /(http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];

/** The generated package's `startApiGatewayMock`, bundled into one plain JavaScript file. */
export async function bundleMock(generatedDir: string, dir: string): Promise<string> {
  const outfile = path.join(dir, "mock-server.mjs");
  await build({
    stdin: {
      contents: `import { startApiGatewayMock } from ${JSON.stringify(path.join(generatedDir, "apigateway/mock.js"))};
const m = await startApiGatewayMock({ port: 0, stateful: false });
console.log("generated mock listening on " + m.url);`,
      resolveDir: dir,
      loader: "js",
      sourcefile: "bench-mock-entry.js",
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

/** Reads the body, then a fixed answer: the ceiling for `node:http`. */
export const BARE_SERVER = `
const http = require("node:http");
const body = ${JSON.stringify(FIXED)};
http.createServer((req, res) => {
  req.on("data", () => {});
  req.on("end", () => {
    res.writeHead(201, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.end(body);
  });
}).listen(0, "127.0.0.1", function () { console.log("bare listening on http://127.0.0.1:" + this.address().port); });
`;

/**
 * The least a validating mock does: the body read and parsed, the path's
 * labels added, ajv's compiled PutMethodRequest schema (from the generated
 * JSON Schema) run on it, and a fixed answer or ajv's first error.
 */
export const AJV_SERVER = `
const http = require("node:http");
const { readFileSync } = require("node:fs");
const Ajv2020 = require(process.env.AJV_2020).default;
const schema = JSON.parse(readFileSync(process.env.SCHEMA_FILE, "utf8"));
const ajv = new Ajv2020({ strict: false, allErrors: false });
ajv.addSchema(schema);
const validate = ajv.getSchema(schema.$id + "#/$defs/PutMethodRequest");
const ok = ${JSON.stringify(FIXED)};
http.createServer((req, res) => {
  let text = "";
  req.setEncoding("utf8");
  req.on("data", (c) => (text += c));
  req.on("end", () => {
    const parts = req.url.split("?")[0].split("/");
    let input;
    try { input = JSON.parse(text); } catch { input = undefined; }
    if (input && typeof input === "object") Object.assign(input, { restApiId: parts[2], resourceId: parts[4], httpMethod: parts[6] });
    const valid = validate(input);
    const body = valid ? ok : JSON.stringify({ message: ajv.errorsText(validate.errors) });
    res.writeHead(valid ? 201 : 400, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.end(body);
  });
}).listen(0, "127.0.0.1", function () { console.log("ajv listening on http://127.0.0.1:" + this.address().port); });
`;
