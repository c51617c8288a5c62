/**
 * Conformance with boto3 (Debian's python3-boto3 via /usr/bin/python3): every
 * AWS operation parses, and every error of every table arrives as botocore's
 * modeled exception with the right code and HTTP status.
 */
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMock, type StartedMock } from "../../src/mock/start-mock.js";
import { CREDENTIALS, awsInput, service, snakeCase } from "./helpers.js";

const PYTHON = "/usr/bin/python3";
const SCRIPT = new URL("./py/boto3_calls.py", import.meta.url).pathname;

interface Call {
  service: string;
  method: string;
  params: Record<string, unknown>;
  prefer?: string;
}
type Result = { ok: true; status: number; response: Record<string, unknown> } | { ok: false; status: number; code: string; message: string; typed: boolean };

let mock: StartedMock;
beforeAll(async () => {
  mock = await startMock({ services: ["apigateway", "amplifybackend"], stateless: true });
});
afterAll(async () => {
  await mock?.close();
});

/** Runs the calls in one python process (async: the mock answers from this very event loop). */
function runBoto3(calls: Call[]): Promise<Result[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, [SCRIPT], { stdio: ["pipe", "pipe", "pipe"], timeout: 60_000 });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) reject(new Error(`boto3 script failed (${code}): ${err}`));
      else resolve(JSON.parse(out) as Result[]);
    });
    child.stdin.end(JSON.stringify({ endpoint: mock.url, accessKeyId: CREDENTIALS.accessKeyId, secretAccessKey: CREDENTIALS.secretAccessKey, calls }));
  });
}

// boto3 runs in a subprocess; do all calls in one go (its import costs ~1 s) after the server is up.
const cases: Array<{ title: string; call: Call; expect: (r: Result) => void }> = [];
for (const id of ["apigateway", "amplifybackend"]) {
  const ir = service(id);
  for (const op of ir.operations) {
    const base = { service: id, method: snakeCase(op.name), params: awsInput(id, op.name) };
    cases.push({
      title: `${id} ${op.name}: valid call answers ${op.http.successStatus}`,
      call: base,
      expect: (r) => {
        expect(r).toMatchObject({ ok: true, status: op.http.successStatus });
      },
    });
    for (const error of op.errors) {
      cases.push({
        title: `${id} ${op.name}: ${error.name} arrives as botocore's modeled exception, HTTP ${error.status}`,
        call: { ...base, prefer: `error=${error.name}` },
        expect: (r) => {
          expect(r).toMatchObject({ ok: false, status: error.status, code: error.code ?? error.name, typed: true });
        },
      });
    }
  }
}

describe("boto3 against the mock", () => {
  let results: Result[] = [];
  beforeAll(async () => {
    results = await runBoto3(cases.map((c) => c.call));
  });
  cases.forEach((c, i) => {
    it(c.title, () => {
      c.expect(results[i]!);
    });
  });

  it("PutMethod's response members echo the request (boto3 parses them)", () => {
    const r = results[0]!;
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.response).toMatchObject({ httpMethod: "GET", authorizationType: "NONE", operationName: "ListPets", apiKeyRequired: true });
  });

  it("an invalid call gets BadRequestException with the violation in the message", async () => {
    const [r] = await runBoto3([{ service: "apigateway", method: "update_account", params: { patchOperations: [{ op: "replace", path: "/throttleSettings/rateLimit", value: "5" }] } }]);
    expect(r).toMatchObject({ ok: false, status: 400, code: "BadRequestException", typed: true });
    expect((r as { message: string }).message).toContain("/throttleSettings cannot be changed this way");
  });
});
