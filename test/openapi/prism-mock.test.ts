/**
 * Stoplight Prism mocks the exported OpenAPI documents. API Gateway: a valid
 * PutMethod gets 201 with a Method body; an invalid body gets 400; a request
 * without the SigV4 Authorization header gets 401. Huawei APIG: a valid
 * UpdateGatewayResponse with its X-Auth-Token gets 200; a status the spec
 * excludes (444) or an unknown map key is rejected.
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

/** Starts `prism mock` on a free 127.0.0.1 port; resolves once it listens. */
async function startPrism(file: string): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [PRISM, "mock", "-h", "127.0.0.1", "-p", String(port), file], { stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes("Prism is listening")) resolve();
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code) => reject(new Error(`prism exited with ${code}:\n${log}`)));
  });
  return { child, base: `http://127.0.0.1:${port}` };
}

let docs: Awaited<ReturnType<typeof writeOpenApiDocs>>;
const prisms: ChildProcess[] = [];
let aws = "";
let huawei = "";

beforeAll(async () => {
  docs = await writeOpenApiDocs();
  const [a, h] = await Promise.all([startPrism(docs.files.apigateway!), startPrism(docs.files["huawei-apig"]!)]);
  prisms.push(a.child, h.child);
  aws = a.base;
  huawei = h.base;
});

afterAll(() => {
  for (const p of prisms) p.kill();
  if (docs) rmSync(docs.dir, { recursive: true, force: true });
});

async function send(url: string, headers: Record<string, string>, body: unknown): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url, { method: "PUT", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

describe("prism mock of apigateway/openapi.yaml", () => {
  const url = () => `${aws}/restapis/abc123/resources/res456/methods/GET`;
  const auth = { authorization: "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/apigateway/aws4_request" };

  it("answers a valid PutMethod with 201 and a Method body", async () => {
    const r = await send(url(), auth, { authorizationType: "NONE", apiKeyRequired: false });
    expect(r.status).toBe(201);
    expect(Object.keys(r.body as object)).toEqual(expect.arrayContaining(["httpMethod", "authorizationType", "methodIntegration"]));
  });

  it("rejects a body without the required authorizationType with 400", async () => {
    expect((await send(url(), auth, { apiKeyRequired: true })).status).toBe(400);
  });

  it("rejects a request without the Authorization header with 401", async () => {
    expect((await send(url(), {}, { authorizationType: "NONE" })).status).toBe(401);
  });
});

describe("prism mock of huawei-apig/openapi.yaml", () => {
  const url = () => `${huawei}/v2/proj1/apigw/instances/inst1/api-groups/grp1/gateway-responses/resp1`;
  const token = { "x-auth-token": "token-value" };
  const valid = { name: "default", responses: { AUTH_FAILURE: { status: 401, body: "{}" } } };

  it("answers a valid UpdateGatewayResponse with 200", async () => {
    const r = await send(url(), token, valid);
    expect(r.status).toBe(200);
    expect(Object.keys(r.body as object)).toEqual(expect.arrayContaining(["name", "responses", "id"]));
  });

  it("rejects an excluded status (444) and an unknown response type with 400", async () => {
    expect((await send(url(), token, { ...valid, responses: { AUTH_FAILURE: { status: 444, body: "{}" } } })).status).toBe(400);
    expect((await send(url(), token, { ...valid, responses: { NOT_A_TYPE: { status: 401, body: "{}" } } })).status).toBe(400);
  });

  it("rejects a request without X-Auth-Token with 401", async () => {
    expect((await send(url(), {}, valid)).status).toBe(401);
  });
});
