/**
 * Hostile and broken requests against the real services: every one gets a
 * 4xx in the vendor's format, the server stays up, later requests are
 * unaffected.
 */
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMock } from "../../../src/runtime/mock/server.js";
import type { RunningMock } from "../../../src/runtime/mock/types.js";
import { realDefinitions } from "../helpers/real-specs.js";
import { sigv4Header } from "../helpers/tables.js";

const AUTH = sigv4Header("apigateway");
const METHOD_PATH = "/restapis/api1/resources/res1/methods/GET";

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock(realDefinitions(), { bodyLimit: 64 * 1024 });
});
afterAll(async () => {
  await mock?.close();
});

async function put(body: string, headers: Record<string, string> = {}, path = METHOD_PATH) {
  const res = await fetch(mock.url + path, { method: "PUT", headers: { authorization: AUTH, "content-type": "application/json", ...headers }, body });
  const text = await res.text();
  let json: Record<string, unknown> | undefined;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = undefined;
  }
  return { status: res.status, type: res.headers.get("x-amzn-errortype"), text, json };
}

/** A valid PutMethod still works: the server is up and unaffected. */
async function stillHealthy() {
  mock.reset();
  const r = await put(JSON.stringify({ authorizationType: "NONE" }));
  expect(r.status).toBe(201);
  expect(r.json).toMatchObject({ httpMethod: "GET", authorizationType: "NONE" });
}

describe("robustness", () => {
  it("malformed JSON: 400 BadRequestException", async () => {
    const r = await put('{"authorizationType": "NONE",');
    expect(r.status).toBe(400);
    expect(r.type).toBe("BadRequestException");
    expect(String(r.json?.["message"])).toMatch(/^Could not parse request body into json/);
    await stillHealthy();
  });

  it("a JSON body that is not an object: 400", async () => {
    for (const body of ["[]", "null", '"x"', "42"]) expect((await put(body)).status).toBe(400);
    await stillHealthy();
  });

  it("a body over the limit: 413 without reading it all, connection closed, server fine", async () => {
    const r = await put(JSON.stringify({ authorizationType: "NONE", operationName: "x".repeat(200 * 1024) }));
    expect(r.status).toBe(413);
    expect(r.json).toEqual({ message: "Request body exceeds the limit of 65536 bytes" });
    await stillHealthy();
  });

  it("a chunked body over the limit (no Content-Length): 413", async () => {
    const chunks = ['{"operationName":"', "y".repeat(40 * 1024), "y".repeat(40 * 1024), '"}'];
    const body = new ReadableStream({
      pull(controller) {
        const next = chunks.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(next));
      },
    });
    const res = await fetch(mock.url + METHOD_PATH, { method: "PUT", headers: { authorization: AUTH, "content-type": "application/json" }, body, duplex: "half" } as RequestInit);
    expect(res.status).toBe(413);
    await res.arrayBuffer().catch(() => undefined);
    await stillHealthy();
  });

  it("deep nesting: 400 before anything walks it", async () => {
    const deep = "[".repeat(20_000) + "]".repeat(20_000);
    const r = await put(`{"authorizationScopes": ${deep}}`);
    expect(r.status).toBe(400);
    expect(String(r.json?.["message"])).toContain("nesting deeper than 64");
    await stillHealthy();
  });

  it("a wrong content type: 400 naming it", async () => {
    const r = await put("authorizationType=NONE", { "content-type": "application/x-www-form-urlencoded" });
    expect(r.status).toBe(400);
    expect(String(r.json?.["message"])).toContain("Unsupported Media Type");
    await stillHealthy();
  });

  it("__proto__ and constructor keys are plain data: unknown members are refused, map keys are kept, nothing is polluted", async () => {
    const top = await put('{"authorizationType":"NONE","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}');
    expect(top.status).toBe(400);
    expect(String(top.json?.["message"])).toContain("'__proto__'");
    mock.reset();
    const inMap = await put('{"authorizationType":"NONE","requestParameters":{"__proto__":true,"constructor":false}}');
    expect(inMap.status).toBe(201);
    expect(inMap.text).toContain('"requestParameters":{"__proto__":true,"constructor":false}');
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    await stillHealthy();
  });

  it("unknown routes and wrong methods: vendor-style JSON 404/405, not HTML", async () => {
    const unknown = await fetch(mock.url + "/no/such/thing", { headers: { authorization: AUTH } });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("content-type")).toContain("json");
    expect(unknown.headers.get("x-amzn-errortype")).toBe("UnknownOperationException");
    const huawei = await fetch(mock.url + "/v2/x/nothing", { headers: { "x-auth-token": "t" } });
    expect(huawei.status).toBe(404);
    expect(await huawei.json()).toMatchObject({ error_code: "APIG.0101" });
    const wrongMethod = await fetch(mock.url + "/account", { method: "DELETE", headers: { authorization: AUTH } });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get("allow")).toBe("PATCH");
    expect(await wrongMethod.json()).toHaveProperty("message");
    await stillHealthy();
  });

  it("percent-encoded labels are decoded; broken encoding is a 400", async () => {
    mock.reset();
    const ok = await put(JSON.stringify({ authorizationType: "NONE" }), {}, "/restapis/a%2Fb%20c/resources/r%C3%A9s/methods/GET");
    expect(ok.status).toBe(201);
    const bad = await put(JSON.stringify({ authorizationType: "NONE" }), {}, "/restapis/%E0%A4%A/resources/r/methods/GET");
    expect(bad.status).toBe(400);
    await stillHealthy();
  });

  it("missing credentials: 401 UnauthorizedException (AWS)", async () => {
    const res = await fetch(mock.url + METHOD_PATH, { method: "PUT", headers: { "content-type": "application/json" }, body: "{}" });
    expect(res.status).toBe(401);
    expect(res.headers.get("x-amzn-errortype")).toBe("UnauthorizedException");
  });

  it("garbage that is not HTTP gets a 400 and the server carries on", async () => {
    const reply = await new Promise<string>((resolve) => {
      const socket = connect(mock.port, "127.0.0.1", () => socket.write("NOT HTTP AT ALL\r\n\r\n"));
      let data = "";
      socket.on("data", (d) => (data += d.toString()));
      socket.on("close", () => resolve(data));
      socket.on("error", () => resolve(data));
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    await stillHealthy();
  });

  it("200 concurrent clients all get their own correct answer", async () => {
    mock.reset();
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        put(JSON.stringify(i % 4 === 3 ? { authorizationType: 5 } : { authorizationType: "NONE", operationName: `op${i}` }), {}, `/restapis/c${i}/resources/r/methods/GET`),
      ),
    );
    results.forEach((r, i) => {
      if (i % 4 === 3) expect(r.status).toBe(400);
      else {
        expect(r.status).toBe(201);
        expect(r.json?.["operationName"]).toBe(`op${i}`);
      }
    });
    await stillHealthy();
  });
});
