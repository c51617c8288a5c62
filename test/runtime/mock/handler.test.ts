/**
 * The mock over real HTTP with small hand-made tables (hand-written
 * validators stand in for generated ones): route clashes, telling services
 * apart, binding, echo, state, Prefer, credentials, logging, request ids,
 * and a bug that must not take the server down.
 */
import { afterEach, describe, expect, it } from "vitest";
import { startMock } from "../../../src/runtime/mock/server.js";
import type { MockDefinition, RunningMock } from "../../../src/runtime/mock/types.js";
import type { MockTable, MockValidator } from "../../../src/runtime/table/mock-types.js";
import type { ServiceTable } from "../../../src/runtime/table/types.js";
import { needsName, sigv4Header } from "../helpers/tables.js";
import { protocolFor } from "../../support/protocols.js";

function awsTable(id: string, signingName: string): ServiceTable {
  return {
    id,
    name: id,
    title: id,
    protocol: "aws-rest-json",
    auth: { scheme: "sigv4", signingName },
    rejectUnknownInput: true,
    shapes: {
      PutThingRequest: [
        ["thingId", "string", "thing_id", "path"],
        ["name", "string"],
        ["limit", "integer", "limit", "query"],
        ["trace", "string", "X-Trace", "header"],
      ],
      Thing: [["id", "string"], ["name", "string"], ["limit", "integer"], ["trace", "string"], ["status", "string"]],
    },
    errors: {
      BadRequestException: { status: 400, code: "BadRequestException", members: [["message", "string"]] },
      UnauthorizedException: { status: 401, code: "UnauthorizedException", members: [["message", "string"]] },
      TooManyRequestsException: { status: 429, code: "TooManyRequestsException", retryable: true, members: [["retryAfterSeconds", "string", "Retry-After", "header"], ["message", "string"]] },
      ConflictException: { status: 409, code: "ConflictException", members: [["message", "string"]] },
    },
    operations: {
      PutThing: { method: "PUT", path: "/things/{thing_id}", status: 201, input: "PutThingRequest", output: "Thing", errors: ["BadRequestException", "UnauthorizedException", "TooManyRequestsException", "ConflictException"] },
    },
  };
}

function awsMock(validateInput: MockValidator = needsName): MockTable {
  return {
    operations: { PutThing: { validateInput, sample: { status: "ACTIVE" }, resource: { resource: "Thing", action: "create", conflictError: "ConflictException", echo: { id: "thingId" } } } },
    resources: { Thing: { key: ["thingId"] } },
    errorMessages: { TooManyRequestsException: "Slow down." },
  };
}

const aws = (id: string, signingName: string, validateInput?: MockValidator): MockDefinition => ({ service: awsTable(id, signingName), protocol: protocolFor("aws-rest-json"), mock: awsMock(validateInput) });

function huaweiDef(): MockDefinition {
  const base = awsTable("hw", "unused");
  const service: ServiceTable = {
    ...base,
    protocol: "huawei-rest-json",
    auth: { scheme: "x-auth-token", header: "X-Auth-Token" },
    errors: { BadRequestError: { status: 400, code: "APIG.2011", members: [["error_code", "string"], ["error_msg", "string"]] } },
    operations: { PutThing: { ...base.operations["PutThing"]!, status: 200, errors: ["BadRequestError"] } },
  };
  return { service, protocol: protocolFor("huawei-rest-json"), mock: { operations: { PutThing: { validateInput: needsName } }, resources: {} } };
}

let running: RunningMock | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function put(path: string, body: unknown, headers: Record<string, string>) {
  const res = await fetch(running!.url + path, { method: "PUT", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

describe("mock handler", () => {
  it("refuses to start when two services claim a route and nothing tells them apart", async () => {
    await expect(startMock([aws("one", "same"), aws("two", "same")])).rejects.toThrow(
      "mock: one PutThing and two PutThing both answer PUT /things/{thing_id}, and requests cannot tell them apart (same auth scheme and SigV4 signing name). Serve them on separate ports (--service one / --service two).",
    );
    await expect(startMock([])).rejects.toThrow("mock: no services to serve");
    const missing: MockDefinition = { service: awsTable("x", "x"), protocol: protocolFor("aws-rest-json"), mock: { operations: {}, resources: {} } };
    await expect(startMock([missing])).rejects.toThrow("mock: x PutThing has no entry in the mock table");
  });

  it("tells services sharing a route apart by SigV4 scope or by token header", async () => {
    running = await startMock([aws("one", "svcone"), aws("two", "svctwo"), huaweiDef()], { stateful: false });
    const one = await put("/things/a", { name: "abc" }, { authorization: sigv4Header("svcone") });
    const two = await put("/things/a", { name: "x" }, { authorization: sigv4Header("svctwo") });
    const hw = await put("/things/a", { name: "x" }, { "x-auth-token": "t" });
    expect(one.status).toBe(201);
    expect(two.status).toBe(400);
    expect(two.headers.get("x-amzn-errortype")).toBe("BadRequestException");
    expect(hw.status).toBe(400);
    expect(hw.body).toEqual({ error_code: "APIG.2011", error_msg: "Invalid parameter value,parameterName:name. Please refer to the support documentation" });
  });

  it("binds path, query and header members, echoes same-named and declared members, answers the rest from the sample", async () => {
    running = await startMock([aws("one", "svcone")]);
    const r = await put("/things/t%201?limit=7", { name: "abcd" }, { authorization: sigv4Header("svcone"), "x-trace": "tr" });
    expect(r.status).toBe(201);
    expect(r.body).toEqual({ id: "t 1", name: "abcd", limit: 7, trace: "tr", status: "ACTIVE" });
  });

  it("states the real violation in the AWS message, with the offending value", async () => {
    running = await startMock([aws("one", "svcone")]);
    const r = await put("/things/a?limit=x", { name: "ab" }, { authorization: sigv4Header("svcone") });
    expect(r.status).toBe(400);
    expect(r.body["message"]).toBe("1 validation error detected: Value 'ab' at 'name' failed to satisfy constraint: must be at least 3 characters");
    const unknown = await put("/things/a", { name: "abc", thing_id: "x" }, { authorization: sigv4Header("svcone") });
    expect(unknown.body["message"]).toBe("1 validation error detected: Value null at 'thing_id' failed to satisfy constraint: is not a known member");
  });

  it("remembers created instances (409 on repeat), forgets them on reset, and keeps nothing when stateless", async () => {
    running = await startMock([aws("one", "svcone")]);
    const h = { authorization: sigv4Header("svcone") };
    expect((await put("/things/a", { name: "abc" }, h)).status).toBe(201);
    const again = await put("/things/a", { name: "abc" }, h);
    expect(again.status).toBe(409);
    expect(again.body["message"]).toBe("Thing already exists for thingId=a");
    expect((await put("/things/b", { name: "abc" }, h)).status).toBe(201);
    running.reset();
    expect((await put("/things/a", { name: "abc" }, h)).status).toBe(201);
    await running.close();
    running = await startMock([aws("one", "svcone")], { stateful: false });
    expect((await put("/things/a", { name: "abc" }, h)).status).toBe(201);
    expect((await put("/things/a", { name: "abc" }, h)).status).toBe(201);
  });

  it("Prefer forces documented errors with their headers; unknown names get a 400 listing the known ones", async () => {
    running = await startMock([aws("one", "svcone")]);
    const h = { authorization: sigv4Header("svcone") };
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

  it("documented errors come from the docs' example (headers included), else from made-up members and the documentation", async () => {
    const def = aws("one", "svcone");
    const service: ServiceTable = {
      ...def.service,
      errors: { ...def.service.errors, ConflictException: { status: 409, code: "ConflictException", members: [["message", "string"], ["resourceType", "string"], ["count", "integer"]] } },
    };
    const mock: MockTable = {
      ...def.mock,
      errorMessages: { ConflictException: "Not here." },
      errorExamples: { TooManyRequestsException: { headers: { "retry-after": "30" }, body: { message: "from the docs" } } },
    };
    running = await startMock([{ service, mock, protocol: protocolFor(service.protocol) }]);
    const h = { authorization: sigv4Header("svcone") };
    const throttled = await put("/things/a", { name: "abc" }, { ...h, prefer: "error=TooManyRequestsException" });
    expect(throttled.headers.get("retry-after")).toBe("30");
    expect(throttled.body).toEqual({ message: "from the docs" });
    const conflict = await put("/things/a", { name: "abc" }, { ...h, prefer: "code=409" });
    expect(conflict.body).toEqual({ message: "Not here.", resourceType: "mock-resourceType" });
    // The state's own words replace the documented text.
    await put("/things/b", { name: "abc" }, h);
    expect((await put("/things/b", { name: "abc" }, h)).body).toEqual({ message: "Thing already exists for thingId=b", resourceType: "mock-resourceType" });
  });

  it("requires the documented credentials: Authorization for SigV4, the token header for Huawei", async () => {
    running = await startMock([aws("one", "svcone")]);
    const r = await put("/things/a", { name: "abc" }, {});
    expect(r.status).toBe(401);
    expect(r.headers.get("x-amzn-errortype")).toBe("UnauthorizedException");
    expect(r.body["message"]).toBe("Missing Authentication Token: send a SigV4-signed Authorization header");
    await running.close();
    running = await startMock([huaweiDef()]);
    const hw = await put("/things/a", { name: "abc" }, {});
    // This table has no 401: the vendor's own code is used.
    expect(hw.status).toBe(401);
    expect(hw.body).toEqual({ error_code: "APIG.1002", error_msg: "Incorrect token or token resolution failed" });
  });

  it("puts the vendor's request id on every answer", async () => {
    running = await startMock([aws("one", "svcone"), huaweiDef()]);
    const ok = await put("/things/a", { name: "abc" }, { authorization: sigv4Header("svcone") });
    const missing = await fetch(running.url + "/nowhere", { headers: { authorization: sigv4Header("svcone") } });
    const hw = await fetch(running.url + "/nowhere", { headers: { "x-auth-token": "t" } });
    expect(ok.headers.get("x-amzn-requestid")).toMatch(/^[0-9a-f-]{36}$/);
    expect(missing.headers.get("x-amzn-requestid")).not.toBe(ok.headers.get("x-amzn-requestid"));
    expect(hw.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(await hw.json()).toMatchObject({ error_code: "APIG.0101" });
  });

  it("logs one line per request", async () => {
    const lines: string[] = [];
    running = await startMock([aws("one", "svcone")], { log: (l) => lines.push(l) });
    await put("/things/a", { name: "abc" }, { authorization: sigv4Header("svcone") });
    await fetch(running.url + "/nowhere");
    expect(lines[0]).toMatch(/^PUT \/things\/a PutThing 201 \d+\.\dms$/);
    expect(lines[1]).toMatch(/^GET \/nowhere - 404 \d+\.\dms$/);
  });

  it("a bug in the wiring (a throwing validator) answers 500 in the vendor's format and the server carries on", async () => {
    let calls = 0;
    const flaky: MockValidator = (v) => {
      if (calls++ === 0) throw new Error("boom");
      return needsName(v);
    };
    running = await startMock([aws("one", "svcone", flaky)], { stateful: false });
    const h = { authorization: sigv4Header("svcone") };
    const first = await put("/things/a", { name: "abc" }, h);
    expect(first.status).toBe(500);
    expect(first.headers.get("x-amzn-errortype")).toBe("InternalFailure");
    expect(first.body["message"]).toBe("mock internal error: boom");
    expect((await put("/things/a", { name: "abc" }, h)).status).toBe(201);
  });

  it("runs a signature verifier for the service's scheme, answering why it refused", async () => {
    const seen: string[] = [];
    running = await startMock([aws("one", "svcone"), huaweiDef()], {
      stateful: false,
      verifiers: { sigv4: async (req) => (seen.push(req.body), req.headers["x-good"] ? undefined : "signature mismatch") },
    });
    const bad = await put("/things/a", { name: "abc" }, { authorization: sigv4Header("svcone") });
    expect(bad.status).toBe(403);
    expect(bad.headers.get("x-amzn-errortype")).toBe("InvalidSignatureException");
    expect(bad.body["message"]).toMatch(/does not match the signature you provided\. .* \(mock: signature mismatch\)$/);
    expect((await put("/things/a", { name: "abc" }, { authorization: sigv4Header("svcone"), "x-good": "1" })).status).toBe(201);
    expect(seen).toEqual(['{"name":"abc"}', '{"name":"abc"}']);
    // A token service on the same port is not verified by the SigV4 verifier.
    expect((await put("/things/a", { name: "abc" }, { "x-auth-token": "t" })).status).toBe(200);
  });
});
