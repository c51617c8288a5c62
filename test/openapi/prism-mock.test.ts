/**
 * Stoplight Prism mocks the exported OpenAPI: a valid PutMethod gets 201 with
 * a Method body; an invalid body gets 400; a request without the SigV4
 * Authorization header gets 401 (the security scheme is enforced).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeOpenApiDocs } from "./render.js";

const PRISM = path.resolve("node_modules/@stoplight/prism-cli/dist/index.js");

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let docs: Awaited<ReturnType<typeof writeOpenApiDocs>>;
let prism: ChildProcess | undefined;
let base = "";

beforeAll(async () => {
  docs = await writeOpenApiDocs();
  const port = await freePort();
  prism = spawn(process.execPath, [PRISM, "mock", "-h", "127.0.0.1", "-p", String(port), docs.files.apigateway!], { stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes("Prism is listening")) resolve();
    };
    prism!.stdout!.on("data", onData);
    prism!.stderr!.on("data", onData);
    prism!.on("exit", (code) => reject(new Error(`prism exited with ${code}:\n${log}`)));
  });
  base = `http://127.0.0.1:${port}`;
});

afterAll(() => {
  prism?.kill();
  if (docs) rmSync(docs.dir, { recursive: true, force: true });
});

const url = () => `${base}/restapis/abc123/resources/res456/methods/GET`;
const headers = { "content-type": "application/json", authorization: "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/apigateway/aws4_request" };

describe("prism mock of apigateway/openapi.yaml", () => {
  it("answers a valid PutMethod with 201 and a Method body", async () => {
    const res = await fetch(url(), { method: "PUT", headers, body: JSON.stringify({ authorizationType: "NONE", apiKeyRequired: false }) });
    expect(res.status).toBe(201);
    const body = (await res.json()) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(expect.arrayContaining(["httpMethod", "authorizationType", "methodIntegration"]));
  });

  it("rejects a body without the required authorizationType with 400", async () => {
    const res = await fetch(url(), { method: "PUT", headers, body: JSON.stringify({ apiKeyRequired: true }) });
    expect(res.status).toBe(400);
    await res.arrayBuffer();
  });

  it("rejects a request without the Authorization header with 401", async () => {
    const res = await fetch(url(), { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ authorizationType: "NONE" }) });
    expect(res.status).toBe(401);
    await res.arrayBuffer();
  });
});
