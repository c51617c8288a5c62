/**
 * Stoplight Prism mocks the generated OpenAPI documents of the spec set under
 * test: for every operation, a valid request (synthesized from the IR, put on
 * the wire as the spec says) gets the documented success status, and a body
 * when the operation has output; a request without the credentials header is
 * refused with 401. Two documented behaviours are checked on the real specs:
 * API Gateway's PutMethod without its required authorizationType, and Huawei
 * APIG's excluded status 444 and unknown response type, are 400.
 */
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IrService } from "../../src/ir/types.js";
import { testEnv, testService } from "../support/env.js";
import { requiredInput } from "../support/input-cases.js";
import { toWireRequest } from "../support/wire-form.js";

const REPO = path.resolve(import.meta.dirname, "../..");
const PRISM = path.join(REPO, "node_modules/@stoplight/prism-cli/dist/index.js");
const { model, generatedDir } = testEnv();

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

/** The header carrying credentials, with a value of the right form. */
function credentialsHeader(svc: IrService): Record<string, string> {
  return svc.auth.scheme === "sigv4"
    ? { authorization: `AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/${svc.auth.signingName ?? svc.id}/aws4_request` }
    : { [(svc.auth.header ?? "X-Auth-Token").toLowerCase()]: "token-value" };
}

const prisms = new Map<string, { child: ChildProcess; base: string }>();
beforeAll(async () => {
  const started = await Promise.all(model.services.map(async (s) => [s.id, await startPrism(path.join(generatedDir, s.id, "openapi.yaml"))] as const));
  for (const [id, p] of started) prisms.set(id, p);
}, 120_000);
afterAll(() => {
  for (const p of prisms.values()) p.child.kill();
});

async function send(base: string, req: { method: string; target: string; headers: Record<string, string>; body?: string }): Promise<{ status: number; body: unknown }> {
  const headers = { ...req.headers, ...(req.body !== undefined ? { "content-type": "application/json" } : {}) };
  const res = await fetch(base + req.target, { method: req.method, headers, body: req.body });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

describe.each(model.services.map((s) => [s.id, s] as const))("prism mock of %s/openapi.yaml", (id, svc) => {
  it.each(svc.operations.map((op) => [op.name, op] as const))("%s: a valid request gets the documented success", async (_name, op) => {
    const req = toWireRequest(svc, op, requiredInput(svc, op));
    const r = await send(prisms.get(id)!.base, { ...req, headers: { ...req.headers, ...credentialsHeader(svc) } });
    expect(r.status, JSON.stringify(r.body)).toBe(op.http.successStatus);
    if (op.output !== undefined && op.http.successStatus !== 204 && op.http.method !== "HEAD") expect(typeof r.body).toBe("object");
  });

  it("refuses a request without credentials with 401", async () => {
    const op = svc.operations[0]!;
    expect((await send(prisms.get(id)!.base, toWireRequest(svc, op, requiredInput(svc, op)))).status).toBe(401);
  });
});

describe("documented validations, on the real specs", () => {
  it("API Gateway PutMethod without its required authorizationType is 400", async () => {
    const svc = testService("apigateway")!;
    const op = svc.operations.find((o) => o.name === "PutMethod")!;
    const { authorizationType: _dropped, ...input } = requiredInput(svc, op);
    const req = toWireRequest(svc, op, input);
    expect((await send(prisms.get("apigateway")!.base, { ...req, headers: { ...req.headers, ...credentialsHeader(svc) } })).status).toBe(400);
  });

  it("Huawei APIG UpdateGatewayResponse with the excluded status 444 or an unknown response type is 400", async () => {
    const svc = testService("huawei-apig")!;
    const op = svc.operations.find((o) => o.name === "UpdateGatewayResponse")!;
    const base = requiredInput(svc, op);
    const sendWith = (responses: object) => {
      const req = toWireRequest(svc, op, { ...base, responses });
      return send(prisms.get("huawei-apig")!.base, { ...req, headers: { ...req.headers, ...credentialsHeader(svc) } });
    };
    // The same request with an allowed status and a documented type is fine.
    expect((await sendWith({ AUTH_FAILURE: { status: 401, body: "{}" } })).status).toBe(op.http.successStatus);
    for (const responses of [{ AUTH_FAILURE: { status: 444, body: "{}" } }, { NOT_A_TYPE: { status: 401, body: "{}" } }]) {
      expect((await sendWith(responses)).status).toBe(400);
    }
  });
});
