/**
 * Huawei APIG over raw HTTP, as its documentation shows it: the docs'
 * example requests get the docs' example answers; errors carry the
 * documented bodies (`{"error_code": "APIG.dddd", "error_msg": ...}`);
 * `X-Auth-Token` and AK/SK (`SDK-HMAC-SHA256`) are accepted alike; every
 * answer, errors and unknown routes included, carries `X-Request-Id`.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fromWire } from "../../src/emit/shared/synthesize.js";
import type { JsonValue } from "../../src/ir/types.js";
import type { StartedMock } from "../../src/mock/start-mock.js";
import { call, startTestMock } from "../support/mock-http.js";
import { operationCases, services, structureOf, validInput, wireRequest, type OperationCase } from "../support/mock-services.js";

const HUAWEI = services("huawei-rest-json");
const cases = await operationCases(HUAWEI);
const TOKEN = { "x-auth-token": "token-from-iam", "content-type": "application/json" };
const AKSK = { authorization: "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=00", "x-sdk-date": "20260101T000000Z", "content-type": "application/json" };

let mock: StartedMock;
beforeAll(async () => {
  mock = await startTestMock({ services: HUAWEI.map((s) => s.id), stateless: true });
});
beforeEach(() => mock.reset());
afterAll(async () => {
  await mock?.close();
});

/** The docs' example of `c` with a request body and an answer, as documented input. */
function documentedExample(c: OperationCase) {
  const example = c.op.examples.find((e) => e.request?.body && e.response?.body);
  if (!example) return undefined;
  const shapes = new Map(c.service.shapes.map((s) => [s.name, s] as const));
  const shape = structureOf(c.service, c.op.input);
  const body = fromWire(shape, example.request!.body as Record<string, JsonValue>, shapes);
  // Path, query and header members made up; the body exactly as documented.
  const valid = validInput(c);
  const outside = Object.fromEntries(shape.members.filter((m) => m.location !== "body" && m.name in valid).map((m) => [m.name, valid[m.name]]));
  return { example, input: { ...outside, ...body } };
}

async function send(c: OperationCase, input: Record<string, unknown>, headers: Record<string, string> = TOKEN, body?: string) {
  const wire = await wireRequest(c, input);
  return call(mock.url, wire.method, wire.path, { ...wire.headers, ...headers }, body ?? wire.body);
}

describe.each(cases.map((c) => [`${c.service.id} ${c.op.name}`, c] as const))("%s", (_, c) => {
  const documented = documentedExample(c);
  if (documented)
    it("the docs' example request gets the docs' example answer (request members and path ids echoed)", async () => {
      const { example, input } = documented;
      const r = await send(c, input);
      expect(r.status).toBe(example.response!.status ?? c.op.http.successStatus);
      expect(r.headers.get("x-request-id")).toMatch(/\S/);
      expect(r.headers.get("content-type")).toBe("application/json;charset=UTF-8");
      const expected: Record<string, unknown> = { ...(example.response!.body as Record<string, unknown>) };
      const output = c.op.output ? structureOf(c.service, c.op.output) : undefined;
      for (const [k, v] of Object.entries(example.request!.body as Record<string, unknown>)) if (output?.members.some((m) => m.wireName === k)) expected[k] = v;
      for (const e of c.op.resource?.echo ?? []) expected[e.output] = input[e.input];
      const id = c.service.resources.find((res) => res.name === c.op.resource?.resource)?.id;
      if (id && c.op.resource?.action === "create") expected[id.output] = expect.stringMatching(/^[0-9a-f]{32}$/);
      expect(r.json).toEqual(expected);
      if (c.validateOutput) expect(c.validateOutput(r.json).problems).toEqual([]);
    });

  it("X-Auth-Token and AK/SK are accepted alike", async () => {
    const input = documented?.input ?? validInput(c);
    expect((await send(c, input, TOKEN)).status).toBe(c.op.http.successStatus);
    expect((await send(c, input, AKSK)).status).toBe(c.op.http.successStatus);
  });

  it("without credentials: 401 with the documented body and a request id", async () => {
    const r = await send(c, validInput(c), { "content-type": "application/json" });
    expect(r.status).toBe(401);
    expect(r.json).toEqual(c.op.errors.find((e) => e.status === 401)!.example!.body);
    expect(r.headers.get("x-request-id")).toMatch(/\S/);
  });

  if (documented && c.op.errors.find((e) => e.status === 400)?.example)
    it("a missing required body parameter: the documented 400 naming it", async () => {
      const body = structureOf(c.service, c.op.input).members.find((m) => m.location === "body" && m.required)!;
      const { [body.name]: _, ...rest } = documented.input;
      const r = await send(c, rest);
      expect(r.status).toBe(400);
      expect(r.json).toEqual({ error_code: c.op.errors.find((e) => e.status === 400)!.code, error_msg: `Invalid parameter value,parameterName:${body.wireName}. Please refer to the support documentation` });
    });

  it.each(c.op.errors.map((e) => [e.name, e] as const))("Prefer: error=%s answers the documented error (the operation's own example)", async (name, error) => {
    const r = await send(c, validInput(c), { ...TOKEN, prefer: `error=${name}` });
    expect(r.status).toBe(error.status);
    expect(r.json!["error_code"]).toBe(error.code);
    if (error.example?.body) expect(r.json).toEqual(error.example.body);
    expect(r.headers.get("x-request-id")).toMatch(/\S/);
  });
});

describe.each(HUAWEI.map((s) => [s.id] as const))("%s: unknown routes", () => {
  it.each([["X-Auth-Token", TOKEN], ["AK/SK", AKSK]] as const)("reached with %s: APIG.0101 with a request id", async (_, headers) => {
    const r = await call(mock.url, "GET", "/v2/p/apigw/no/such/thing", headers);
    expect(r.status).toBe(404);
    expect(r.json).toMatchObject({ error_code: "APIG.0101" });
    expect(r.headers.get("x-request-id")).toMatch(/\S/);
  });
});
