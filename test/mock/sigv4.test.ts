/** `--verify-sigv4`: signatures made by the official SDK verify; wrong secrets and tampering do not. */
import { APIGatewayClient, PutMethodCommand } from "@aws-sdk/client-api-gateway";
import { AmplifyBackendClient, UpdateBackendAPICommand } from "@aws-sdk/client-amplifybackend";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMock, type StartedMock } from "../../src/mock/start-mock.js";
import { CREDENTIALS, awsInput, sdkConfig } from "./helpers.js";

let mock: StartedMock;
beforeAll(async () => {
  mock = await startMock({ services: ["apigateway", "amplifybackend", "huawei-apig"], verifySigV4: true, stateless: true });
});
afterAll(async () => {
  await mock?.close();
});

describe("SigV4 verification", () => {
  it("accepts the SDK's signatures (encoded path labels, JSON bodies) for both services", async () => {
    const gw = new APIGatewayClient(sdkConfig(mock.url));
    const out = await gw.send(new PutMethodCommand(awsInput("apigateway", "PutMethod") as never));
    expect(out.$metadata.httpStatusCode).toBe(201);
    gw.destroy();
    const ab = new AmplifyBackendClient(sdkConfig(mock.url));
    const out2 = await ab.send(new UpdateBackendAPICommand(awsInput("amplifybackend", "UpdateBackendAPI") as never));
    expect(out2.$metadata.httpStatusCode).toBe(200);
    ab.destroy();
  });

  for (const [what, credentials] of [
    ["a wrong secret key", { ...CREDENTIALS, secretAccessKey: "not-the-secret" }],
    ["an unknown access key", { ...CREDENTIALS, accessKeyId: "AKIAUNKNOWN000000000" }],
  ] as const) {
    it(`refuses ${what} with 403 InvalidSignatureException`, async () => {
      const gw = new APIGatewayClient({ ...sdkConfig(mock.url), credentials });
      const e = (await gw.send(new PutMethodCommand(awsInput("apigateway", "PutMethod") as never)).catch((x: unknown) => x)) as Error & { $metadata: { httpStatusCode: number } };
      gw.destroy();
      expect(e.name).toBe("InvalidSignatureException");
      expect(e.$metadata.httpStatusCode).toBe(403);
    });
  }

  it("refuses a body changed after signing", async () => {
    const gw = new APIGatewayClient(sdkConfig(mock.url));
    // Runs after signing (deserialize step wraps the send), like a proxy changing the body in flight.
    const tamper = ((next: (a: unknown) => unknown) => (args: { request: { body: unknown } }) => {
      const body = args.request.body;
      const text = typeof body === "string" ? body : Buffer.from(body as Uint8Array).toString("utf8");
      expect(text).toContain("ListPets");
      args.request.body = text.replace("ListPets", "ListCats");
      return next(args);
    }) as never;
    gw.middlewareStack.add(tamper, { step: "deserialize", priority: "low", name: "tamper" } as never);
    const e = (await gw.send(new PutMethodCommand(awsInput("apigateway", "PutMethod") as never)).catch((x: unknown) => x)) as Error;
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
