/**
 * Issue 14's reproductions, each a request that once hurt the mock, now a
 * test: patches that grow data (`copy` into itself), reach deep or
 * undeclared paths, copy from read-only ones, or fail half way; a state
 * budget counted in bytes; a malformed `Prefer`. After each, later
 * requests still succeed: no request can make a later one fail.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { StartedMock } from "../../src/mock/start-mock.js";
import { authHeaders, call, startTestMock } from "../support/mock-http.js";
import { operationCases, services, validInput, wireRequest, type OperationCase } from "../support/mock-services.js";

const gateway = services("aws-rest-json").find((s) => s.id === "apigateway")!;
const ops = new Map((await operationCases([gateway])).map((c) => [c.op.name, c] as const));
const BODY_LIMIT = 64 * 1024;
const headers = { ...authHeaders(gateway), "content-type": "application/json" };

let mock: StartedMock;
beforeAll(async () => {
  mock = await startTestMock({ services: [gateway.id], bodyLimit: BODY_LIMIT });
});
beforeEach(() => mock.reset());
afterAll(async () => {
  await mock?.close();
});

const patchAccount = (ops: unknown[]) => call(mock.url, "PATCH", "/account", headers, JSON.stringify({ patchOperations: ops }));
const getAccount = () => call(mock.url, "GET", "/account", headers);

/** Every operation still answers a valid call: nothing before broke the mock. */
async function laterRequestsSucceed() {
  for (const c of ops.values()) {
    if (c.op.resource?.action !== "create" && c.op.resource?.action !== "patch") continue;
    const wire = await wireRequest(c, validInput(c));
    const r = await call(mock.url, wire.method, wire.path, { ...wire.headers, ...headers }, wire.body);
    expect(r.status, `${c.op.name} after`).toBe(c.op.http.successStatus);
  }
}

describe("UpdateAccount patches cannot grow, reach or break what they should not", () => {
  it("copy into itself, over and over: the result stays within the body limit (400 past it), and the state is unchanged", async () => {
    await patchAccount([{ op: "add", path: "/features", value: "x".repeat(1000) }]);
    const before = (await getAccount()).text;
    const r = await patchAccount(Array.from({ length: 200 }, () => ({ op: "copy", from: "/features/0", path: "/features/-" })));
    expect(r.status).toBe(400);
    expect(r.json!["message"]).toContain(`would exceed ${BODY_LIMIT} bytes`);
    expect((await getAccount()).text).toBe(before);
    const within = await patchAccount(Array.from({ length: 20 }, () => ({ op: "copy", from: "/features/0", path: "/features/-" })));
    expect(within.status).toBe(200);
    expect(within.text.length).toBeLessThanOrEqual(BODY_LIMIT);
    await laterRequestsSucceed();
  });

  it("copy to a path 200,000 segments deep (a 400 KB body, default limit): 400, and every later UpdateAccount works", async () => {
    const plain = await startTestMock({ services: [gateway.id] });
    try {
      const deep = { patchOperations: [{ op: "copy", from: "/cloudwatchRoleArn", path: "/x".repeat(200_000) }] };
      const r = await call(plain.url, "PATCH", "/account", headers, JSON.stringify(deep));
      expect(r.status).toBe(400);
      expect(r.json!["message"]).toContain("'x' is not a member of Account");
      const later = await call(plain.url, "PATCH", "/account", headers, JSON.stringify({ patchOperations: [{ op: "replace", path: "/cloudwatchRoleArn", value: "arn:aws:iam::1:role/a" }] }));
      expect(later.status).toBe(200);
    } finally {
      await plain.close();
    }
    await laterRequestsSucceed();
  });

  it.each(["copy", "move", "add", "replace"])("%s to an undeclared member (/notAMember): 400, nothing stored or echoed", async (op) => {
    const r = await patchAccount([{ op, from: "/cloudwatchRoleArn", path: "/notAMember", value: "v" }]);
    expect(r.status).toBe(400);
    expect(r.json!["message"]).toContain("'notAMember' is not a member of Account");
    expect((await getAccount()).text).not.toContain("notAMember");
  });

  it.each(["/throttleSettings", "/throttleSettings/burstLimit"])("copy from read-only %s: 400", async (from) => {
    const r = await patchAccount([{ op: "copy", from, path: "/cloudwatchRoleArn" }]);
    expect(r.status).toBe(400);
    expect(r.json!["message"]).toContain("/throttleSettings cannot be copied this way");
  });

  it("a patch failing half way leaves the state exactly as it was", async () => {
    const before = (await getAccount()).text;
    const r = await patchAccount([
      { op: "replace", path: "/cloudwatchRoleArn", value: "arn:aws:iam::1:role/changed" },
      { op: "add", path: "/features", value: "UsagePlans" },
      { op: "replace", path: "/throttleSettings/burstLimit", value: "1" },
    ]);
    expect(r.status).toBe(400);
    expect((await getAccount()).text).toBe(before);
  });
});

describe("state is counted in bytes", () => {
  it("40 creations of about 1 MB each keep the store within maxStateBytes, forgetting the oldest", async () => {
    const budget = 8 * 2 ** 20;
    const big = await startTestMock({ services: [gateway.id], maxStateBytes: budget });
    try {
      const put = ops.get("PutMethod")! as OperationCase;
      for (let i = 0; i < 40; i++) {
        const requestParameters: Record<string, boolean> = {};
        for (let k = 0; k < 12_000; k++) requestParameters[`method.request.querystring.p${String(k).padStart(5, "0")}_${"y".repeat(40)}`] = true;
        const wire = await wireRequest(put, { ...validInput(put), restApiId: `api${i}`, requestParameters });
        const r = await call(big.url, wire.method, wire.path, { ...wire.headers, ...headers }, wire.body);
        expect(r.status).toBe(201);
      }
      const state = (await (await fetch(`${big.url}/__opforge/state`)).json()) as { instances: number; bytes: number; services: Record<string, Record<string, Array<{ key: Record<string, string> }>>> };
      expect(state.bytes).toBeLessThanOrEqual(budget);
      expect(state.instances).toBeLessThan(10);
      // The newest stay.
      expect(state.services[gateway.id]!["Method"]!.map((m) => m.key["restApiId"])).toContain("api39");
    } finally {
      await big.close();
    }
  }, 60_000);
});

describe("a malformed Prefer is a clear 400", () => {
  const put = () => ops.get("PutMethod")!;
  it.each([
    ["code=999", "code=999 is not an HTTP status"],
    ["code=abc", "code=abc is not an HTTP status"],
    ["delay=-5", "delay=-5 must be milliseconds"],
    ["fault=explode", "fault=explode is unknown"],
    ["error=", "error= needs the name"],
    ['code="404', "is not a preference"],
    ["=5", "is not a preference"],
    ["code=404, code=409", "code is given twice"],
  ])("Prefer: %s", async (prefer, why) => {
    const wire = await wireRequest(put(), validInput(put()));
    const r = await call(mock.url, wire.method, wire.path, { ...wire.headers, ...headers, prefer }, wire.body);
    expect(r.status).toBe(400);
    expect(r.headers.get("x-amzn-errortype")).toBe("BadRequestException");
    expect(r.json!["message"]).toContain(`Malformed Prefer header: `);
    expect(r.json!["message"]).toContain(why);
  });

  it("preferences the mock does not know are ignored, as RFC 7240 asks", async () => {
    const wire = await wireRequest(put(), validInput(put()));
    const r = await call(mock.url, wire.method, wire.path, { ...wire.headers, ...headers, prefer: "return=minimal, respond-async" }, wire.body);
    expect(r.status).toBe(201);
  });
});
