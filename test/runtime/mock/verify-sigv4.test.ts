/** SigV4 verification: signatures made by the official SDK and by the runtime's client verify; wrong secrets and tampering do not. */
import { APIGatewayClient, PutMethodCommand } from "@aws-sdk/client-api-gateway";
import { AmplifyBackendClient, UpdateBackendAPICommand } from "@aws-sdk/client-amplifybackend";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMock } from "../../../src/runtime/mock/server.js";
import type { RunningMock } from "../../../src/runtime/mock/types.js";
import { createSigV4Verifier } from "../../../src/runtime/mock/verify-sigv4.js";
import { apiGateway, credentials, putMethod } from "../helpers/clients.js";
import { realDefinitions } from "../helpers/real-specs.js";

const sdkConfig = (endpoint: string, creds = credentials) => ({ endpoint, region: "us-east-1", credentials: creds, maxAttempts: 1 });
const amplifyInput = { AppId: "app1", BackendEnvironmentName: "dev", ResourceName: "api1", ResourceConfig: { ApiName: "api1", Service: "AppSync" } };

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock(realDefinitions(), { verifiers: { sigv4: createSigV4Verifier([credentials]) }, stateful: false });
});
afterAll(async () => {
  await mock?.close();
});

describe("SigV4 verification", () => {
  it("accepts the SDK's signatures (encoded path labels, JSON bodies) for both AWS services", async () => {
    const gw = new APIGatewayClient(sdkConfig(mock.url));
    const out = await gw.send(new PutMethodCommand({ ...putMethod, restApiId: "api 1/é", authorizationType: "NONE" }));
    expect(out.$metadata.httpStatusCode).toBe(201);
    gw.destroy();
    const ab = new AmplifyBackendClient(sdkConfig(mock.url));
    expect((await ab.send(new UpdateBackendAPICommand(amplifyInput))).$metadata.httpStatusCode).toBe(200);
    ab.destroy();
  });

  it("accepts the runtime client's signatures", async () => {
    await expect(apiGateway({ endpoint: mock.url }).call("PutMethod", { ...putMethod, restApiId: "a b/ü" })).resolves.toMatchObject({ httpMethod: "GET" });
  });

  for (const [what, creds] of [
    ["a wrong secret key", { ...credentials, secretAccessKey: "not-the-secret" }],
    ["an unknown access key", { ...credentials, accessKeyId: "AKIAUNKNOWN000000000" }],
  ] as const) {
    it(`refuses ${what} with 403 InvalidSignatureException`, async () => {
      const gw = new APIGatewayClient(sdkConfig(mock.url, creds));
      const e = (await gw.send(new PutMethodCommand(putMethod as never)).catch((x: unknown) => x)) as Error & { $metadata: { httpStatusCode: number } };
      gw.destroy();
      expect(e.name).toBe("InvalidSignatureException");
      expect(e.$metadata.httpStatusCode).toBe(403);
    });
  }

  it("refuses a body changed after signing", async () => {
    const gw = new APIGatewayClient(sdkConfig(mock.url));
    // Runs after signing (the deserialize step wraps the send), like a proxy changing the body in flight.
    const tamper = ((next: (a: unknown) => unknown) => (args: { request: { body: unknown } }) => {
      const body = args.request.body;
      const text = typeof body === "string" ? body : Buffer.from(body as Uint8Array).toString("utf8");
      args.request.body = text.replace("ListPets", "ListCats");
      return next(args);
    }) as never;
    gw.middlewareStack.add(tamper, { step: "deserialize", priority: "low", name: "tamper" } as never);
    const e = (await gw.send(new PutMethodCommand({ ...putMethod, operationName: "ListPets" } as never)).catch((x: unknown) => x)) as Error;
    gw.destroy();
    expect(e.name).toBe("InvalidSignatureException");
  });

  it("leaves token-authenticated services alone", async () => {
    const res = await fetch(`${mock.url}/v2/p/apigw/instances/i/authorizers/a`, {
      method: "PUT",
      headers: { "content-type": "application/json", "x-auth-token": "t" },
      body: JSON.stringify({ name: "Authorizer_demo", type: "FRONTEND", authorizer_type: "FUNC", authorizer_uri: "urn:x" }),
    });
    expect(res.status).toBe(200);
  });

  it("says why a signature failed, after AWS's own words", async () => {
    const res = await fetch(`${mock.url}/account`, { method: "PATCH", headers: { authorization: "Bearer nope", "content-type": "application/json" }, body: "{}" });
    expect(res.status).toBe(403);
    expect(res.headers.get("x-amzn-errortype")).toBe("InvalidSignatureException");
    expect(((await res.json()) as { message: string }).message).toMatch(/^The request signature we calculated does not match.*\(mock: the Authorization header is not AWS4-HMAC-SHA256\)$/);
  });
});
