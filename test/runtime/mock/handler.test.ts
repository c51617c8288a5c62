/**
 * The mock runtime over real HTTP with small hand-made service definitions
 * (hand-written validators stand in for generated ones): route clashes,
 * telling services apart, Prefer, echo, state, protocols.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { MockError, MockOperation, MockServiceDefinition, Validator } from "../../../src/runtime/mock/definition.js";
import { listenMock, type RunningMock } from "../../../src/runtime/mock/server.js";

const ok: Validator = () => ({ valid: true, problems: [] });
/** Requires a string `name` of 3+ characters. */
const needsName: Validator = (v) => {
  const name = (v as { name?: unknown }).name;
  if (typeof name === "string" && name.length >= 3) return { valid: true, problems: [] };
  return { valid: false, problems: [{ path: "/name", rule: name === undefined ? "required" : "minLength", message: name === undefined ? "/name: is required" : "/name: must be at least 3 characters" }] };
};

const awsErrors: MockError[] = [
  { name: "BadRequestException", status: 400, code: "BadRequestException", members: [{ name: "message", wireName: "message", location: "body", type: { kind: "string" }, required: false }] },
  { name: "UnauthorizedException", status: 401, code: "UnauthorizedException", members: [{ name: "message", wireName: "message", location: "body", type: { kind: "string" }, required: false }] },
  {
    name: "TooManyRequestsException",
    status: 429,
    code: "TooManyRequestsException",
    documentation: "Slow down.",
    members: [
      { name: "retryAfterSeconds", wireName: "Retry-After", location: "header", type: { kind: "string" }, required: false },
      { name: "message", wireName: "message", location: "body", type: { kind: "string" }, required: false },
    ],
  },
  { name: "ConflictException", status: 409, code: "ConflictException", members: [{ name: "message", wireName: "message", location: "body", type: { kind: "string" }, required: false }] },
];

function thingOp(overrides: Partial<MockOperation> = {}): MockOperation {
  return {
    name: "PutThing",
    method: "PUT",
    path: "/things/{thing_id}",
    successStatus: 201,
    input: "PutThingRequest",
    output: "Thing",
    validateInput: needsName,
    validateOutput: ok,
    errors: awsErrors,
    examples: [],
    state: { resource: "Thing", key: ["thingId"], action: "create", conflictError: "ConflictException", readOnlyPaths: [], echo: [{ output: "id", input: "thingId" }] },
    ...overrides,
  };
}

function awsService(id: string, signingName: string, op: MockOperation = thingOp()): MockServiceDefinition {
  return {
    id,
    title: id,
    vendor: "aws",
    protocol: "aws-rest-json",
    auth: { scheme: "sigv4", signingName },
    unknownInputMembers: "reject",
    shapes: {
      PutThingRequest: {
        kind: "structure",
        members: [
          { name: "thingId", wireName: "thing_id", location: "path", type: { kind: "string" }, required: true },
          { name: "name", wireName: "name", location: "body", type: { kind: "string" }, required: true },
          { name: "limit", wireName: "limit", location: "query", type: { kind: "integer" }, required: false },
          { name: "trace", wireName: "X-Trace", location: "header", type: { kind: "string" }, required: false },
        ],
      },
      Thing: {
        kind: "structure",
        members: [
          { name: "id", wireName: "id", location: "body", type: { kind: "string" }, required: false },
          { name: "name", wireName: "name", location: "body", type: { kind: "string" }, required: false },
          { name: "limit", wireName: "limit", location: "body", type: { kind: "integer" }, required: false },
          { name: "trace", wireName: "trace", location: "body", type: { kind: "string" }, required: false },
          { name: "status", wireName: "status", location: "body", type: { kind: "string", knownValues: ["ACTIVE"] }, required: false },
        ],
      },
    },
    operations: [op],
  };
}

function huaweiService(): MockServiceDefinition {
  const base = awsService("hw", "unused");
  return {
    ...base,
    vendor: "huawei",
    protocol: "huawei-rest-json",
    auth: { scheme: "x-auth-token", header: "X-Auth-Token" },
    operations: [
      thingOp({
        successStatus: 200,
        errors: [
          {
            name: "BadRequestError",
            status: 400,
            code: "APIG.2011",
            members: [
              { name: "error_code", wireName: "error_code", location: "body", type: { kind: "string" }, required: false },
              { name: "error_msg", wireName: "error_msg", location: "body", type: { kind: "string" }, required: false },
            ],
          },
        ],
        state: undefined,
      }),
    ],
  };
}

const auth = (service: string) => `AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/${service}/aws4_request, SignedHeaders=host, Signature=00`;

let running: RunningMock | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function put(path: string, body: unknown, headers: Record<string, string>) {
  const res = await fetch(running!.url + path, { method: "PUT", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

describe("mock runtime", () => {
  it("refuses to start when two services claim a route and nothing tells them apart", async () => {
    await expect(listenMock([awsService("one", "same"), awsService("two", "same")])).rejects.toThrow(
      "mock: one PutThing and two PutThing both answer PUT /things/{thing_id}, and requests cannot tell them apart (same auth scheme and SigV4 signing name). Serve them on separate ports (--service one / --service two).",
    );
  });

  it("tells services sharing a route apart by SigV4 scope or by token header", async () => {
    running = await listenMock([awsService("one", "svcone"), awsService("two", "svctwo"), huaweiService()], { stateful: false });
    const one = await put("/things/a", { name: "abc" }, { authorization: auth("svcone") });
    const two = await put("/things/a", { name: "x" }, { authorization: auth("svctwo") });
    const hw = await put("/things/a", { name: "x" }, { "x-auth-token": "t" });
    expect(one.status).toBe(201);
    expect(two.status).toBe(400);
    expect(two.headers.get("x-amzn-errortype")).toBe("BadRequestException");
    expect(hw.status).toBe(400);
    expect(hw.body).toEqual({ error_code: "APIG.2011", error_msg: "Invalid parameter value,parameterName:name. Please refer to the support documentation" });
  });

  it("binds path, query and header members, echoes same-named and declared members, synthesizes the rest", async () => {
    running = await listenMock([awsService("one", "svcone")]);
    const r = await put("/things/t%201?limit=7", { name: "abcd" }, { authorization: auth("svcone"), "x-trace": "tr" });
    expect(r.status).toBe(201);
    expect(r.body).toEqual({ id: "t 1", name: "abcd", limit: 7, trace: "tr", status: "ACTIVE" });
  });

  it("states the real violation in the AWS message, with the offending value", async () => {
    running = await listenMock([awsService("one", "svcone")]);
    const r = await put("/things/a?limit=x", { name: "ab" }, { authorization: auth("svcone") });
    expect(r.status).toBe(400);
    expect(r.body["message"]).toBe("1 validation error detected: Value 'ab' at 'name' failed to satisfy constraint: must be at least 3 characters");
  });

  it("remembers created items (409 on repeat), forgets them on reset, and keeps nothing when stateless", async () => {
    running = await listenMock([awsService("one", "svcone")]);
    const h = { authorization: auth("svcone") };
    expect((await put("/things/a", { name: "abc" }, h)).status).toBe(201);
    const again = await put("/things/a", { name: "abc" }, h);
    expect(again.status).toBe(409);
    expect(again.body["message"]).toBe("Thing already exists for thingId=a");
    expect((await put("/things/b", { name: "abc" }, h)).status).toBe(201);
    running.reset();
    expect((await put("/things/a", { name: "abc" }, h)).status).toBe(201);
    await running.close();
    running = await listenMock([awsService("one", "svcone")], { stateful: false });
    expect((await put("/things/a", { name: "abc" }, h)).status).toBe(201);
    expect((await put("/things/a", { name: "abc" }, h)).status).toBe(201);
  });

  it("Prefer forces documented errors with their headers; unknown names get a 400 listing the known ones", async () => {
    running = await listenMock([awsService("one", "svcone")]);
    const h = { authorization: auth("svcone") };
    const throttled = await put("/things/a", { name: "abc" }, { ...h, prefer: "error=TooManyRequestsException" });
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get("retry-after")).toBe("1");
    expect(throttled.body).toEqual({ message: "Slow down." });
    expect((await put("/things/a", { name: "abc" }, { ...h, prefer: "code=409" })).status).toBe(409);
    const unknown = await put("/things/a", { name: "abc" }, { ...h, prefer: "error=Nope" });
    expect(unknown.status).toBe(400);
    expect(unknown.body["message"]).toBe("Prefer: error=Nope is not an error of PutThing; known: BadRequestException, UnauthorizedException, TooManyRequestsException, ConflictException");
    const undocumented = await put("/things/a", { name: "abc" }, { ...h, prefer: "code=418" });
    expect(undocumented.body["message"]).toBe("Prefer: code=418 is not a documented response of PutThing; documented: 201, 400, 401, 429, 409");
  });

  it("requires the documented credentials: Authorization for SigV4, the token header for Huawei", async () => {
    running = await listenMock([awsService("one", "svcone"), huaweiService()].slice(0, 1));
    const r = await put("/things/a", { name: "abc" }, {});
    expect(r.status).toBe(401);
    expect(r.headers.get("x-amzn-errortype")).toBe("UnauthorizedException");
    await running.close();
    running = await listenMock([huaweiService()]);
    const hw = await put("/things/a", { name: "abc" }, {});
    // This table has no 401: the vendor's own code is used.
    expect(hw.status).toBe(401);
    expect(hw.body).toEqual({ error_code: "APIG.1002", error_msg: "Incorrect token or token resolution failed" });
  });

  it("logs one line per request", async () => {
    const lines: string[] = [];
    running = await listenMock([awsService("one", "svcone")], { log: (l) => lines.push(l) });
    await put("/things/a", { name: "abc" }, { authorization: auth("svcone") });
    await fetch(running.url + "/nowhere");
    expect(lines[0]).toMatch(/^PUT \/things\/a PutThing 201 \d+\.\dms$/);
    expect(lines[1]).toMatch(/^GET \/nowhere - 404 \d+\.\dms$/);
  });

  it("a bug in the wiring (a throwing validator) answers 500 in the vendor's format and the server carries on", async () => {
    let calls = 0;
    const flaky: Validator = (v) => {
      if (calls++ === 0) throw new Error("boom");
      return needsName(v);
    };
    running = await listenMock([awsService("one", "svcone", thingOp({ validateInput: flaky }))], { stateful: false });
    const h = { authorization: auth("svcone") };
    const first = await put("/things/a", { name: "abc" }, h);
    expect(first.status).toBe(500);
    expect(first.headers.get("x-amzn-errortype")).toBe("InternalFailure");
    expect(first.body["message"]).toBe("mock internal error: boom");
    expect((await put("/things/a", { name: "abc" }, h)).status).toBe(201);
  });
});
