/**
 * `verifySignatures` (`--verify-signatures`): signatures made by the
 * official SDKs verify — SigV4 from the AWS SDK v3, `SDK-HMAC-SHA256` from
 * the Huawei SDK core — and wrong secrets, unknown keys, tampered bodies and
 * stale dates are refused in the vendor's words (AWS 403
 * InvalidSignatureException, Huawei 401 APIG.0301). Without verification
 * any credentials of the scheme are accepted, and Huawei tokens never
 * are checked.
 */
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StartedMock } from "../../src/mock/start-mock.js";
import { attempt, awsSdk } from "../support/mock-aws-sdk.js";
import { call, CREDENTIALS, startTestMock } from "../support/mock-http.js";
import { attemptHuawei, hcClient, projectOf, requestOptions } from "../support/mock-huawei-sdk.js";
import { operationCases, services, validInput, wireRequest } from "../support/mock-services.js";

const require = createRequire(import.meta.url);
const aws = await operationCases(services("aws-rest-json"));
const huawei = await operationCases(services("huawei-rest-json"));
/** Per service, its first operation with a body (so that tampering has something to change). */
const firstWithBody = <T extends (typeof aws)[number]>(list: T[]) =>
  [...new Set(list.map((c) => c.service))].map((s) => list.find((c) => c.service === s && c.op.http.method !== "GET" && c.op.http.method !== "DELETE") ?? list.find((c) => c.service === s)!);

let mock: StartedMock;
beforeAll(async () => {
  mock = await startTestMock({ verifySignatures: true, stateless: true });
});
afterAll(async () => {
  await mock?.close();
});

describe.each(firstWithBody(aws).map((c) => [`${c.service.id} ${c.op.name}`, c] as const))("SigV4: %s", (_, c) => {
  const sdk = awsSdk(c.service);
  const send = async (credentials = CREDENTIALS, tamper = false) => {
    const client = sdk.client(mock.url);
    (client as unknown as { config: { credentials: unknown } }).config.credentials = async () => credentials;
    if (tamper)
      // After signing (deserialize wraps the send), as a proxy changing the body in flight would.
      client.middlewareStack.add(
        ((next: (a: unknown) => unknown) => (args: { request: { body: unknown } }) => {
          const body = args.request.body;
          // Same length (Content-Length is already set): one letter upper-cased.
          args.request.body = (typeof body === "string" ? body : Buffer.from(body as Uint8Array).toString("utf8")).replace(/[a-z]/, (ch) => ch.toUpperCase());
          return next(args);
        }) as never,
        { step: "deserialize", priority: "low", name: "tamper" } as never,
      );
    const r = await attempt(client, sdk.command(c.op.name, validInput(c)));
    client.destroy();
    return r;
  };

  it("the SDK's signature verifies", async () => {
    const r = await send();
    expect(r.ok).toBe(true);
  });

  it.each([
    ["a wrong secret key", { ...CREDENTIALS, secretAccessKey: "not-the-secret" }, "signature mismatch"],
    ["an unknown access key", { ...CREDENTIALS, accessKeyId: "AKIAUNKNOWN000000000" }, "unknown access key"],
  ] as const)("%s: 403 InvalidSignatureException saying why", async (_, credentials, why) => {
    const r = await send(credentials);
    expect(r.ok ? undefined : r.error.name).toBe("InvalidSignatureException");
    if (!r.ok) {
      expect(r.error.$metadata.httpStatusCode).toBe(403);
      expect(r.error.message).toContain(`(mock: ${why}`);
    }
  });

  it("a body changed after signing is refused", async () => {
    const r = await send(CREDENTIALS, true);
    expect(r.ok ? undefined : r.error.name).toBe("InvalidSignatureException");
  });
});

describe.each(firstWithBody(huawei).map((c) => [`${c.service.id} ${c.op.name}`, c] as const))("AK/SK: %s", (_, c) => {
  const input = validInput(c);

  it("the SDK core's signature verifies; an X-Auth-Token needs none", async () => {
    const signed = await attemptHuawei(hcClient(mock.url, projectOf(c, input), CREDENTIALS), await requestOptions(c, input));
    expect(signed.ok).toBe(true);
    const wire = await wireRequest(c, input);
    const token = await call(mock.url, wire.method, wire.path, { ...wire.headers, "x-auth-token": "any-token" }, wire.body);
    expect(token.status).toBe(c.op.http.successStatus);
  });

  it.each([
    ["a wrong secret key", { ...CREDENTIALS, secretAccessKey: "not-the-secret" }, "signature mismatch"],
    ["an unknown access key", { ...CREDENTIALS, accessKeyId: "UNKNOWNAK" }, "Get secretKey failed,ak:UNKNOWNAK,err:ak not exist"],
  ] as const)("%s: 401 APIG.0301 saying why", async (_, credentials, why) => {
    const r = await attemptHuawei(hcClient(mock.url, projectOf(c, input), credentials), await requestOptions(c, input));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.httpStatusCode).toBe(401);
    expect(r.error.errorCode).toBe("APIG.0301");
    expect(r.error.errorMsg).toContain(why);
    expect(r.error.requestId).toMatch(/\S/);
  });

  /** Signs `c`'s request with the core's own signer (with `extra` headers signed too), then sends it as `change` leaves it. */
  async function signedByCore(extra: Record<string, string>, change: (body: string) => string = (b) => b) {
    const { AKSKSigner } = require("@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner") as { AKSKSigner: { sign(r: unknown, c: unknown): Record<string, string> } };
    const wire = await wireRequest(c, input);
    const body = wire.body ?? "";
    const signed = AKSKSigner.sign(
      { endpoint: mock.url + wire.path, method: wire.method, headers: { "content-type": "application/json", ...extra }, queryParams: {}, data: body ? JSON.parse(body) : undefined },
      { getAk: () => CREDENTIALS.accessKeyId, getSk: () => CREDENTIALS.secretAccessKey },
    );
    // fetch sets Host itself, to the same value.
    const { host: _, ...headers } = signed;
    return call(mock.url, wire.method, wire.path, headers, change(body) || undefined);
  }

  it("the core's AKSKSigner, used directly, verifies", async () => {
    const r = await signedByCore({});
    expect(r.status).toBe(c.op.http.successStatus);
  });

  it("a body changed after signing: 401 APIG.0301", async () => {
    const r = await signedByCore({}, (body) => body.replace(/[a-z]/, (ch) => ch.toUpperCase()));
    expect(r.status).toBe(401);
    expect(r.json).toMatchObject({ error_code: "APIG.0301" });
  });

  it("a correct signature with an X-Sdk-Date more than 15 minutes off: 401 APIG.0301", async () => {
    const stale = new Date(Date.now() - 20 * 60_000).toISOString().replace(/[-:]/g, "").replace(/\.\d+/, "");
    const r = await signedByCore({ "X-Sdk-Date": stale });
    expect(r.status).toBe(401);
    expect(r.json!["error_msg"]).toContain("more than 15 minutes");
    const fresh = new Date(Date.now() - 5 * 60_000).toISOString().replace(/[-:]/g, "").replace(/\.\d+/, "");
    expect((await signedByCore({ "X-Sdk-Date": fresh })).status).toBe(c.op.http.successStatus);
  });
});

describe("without verification", () => {
  it("any credentials of the scheme are accepted, and a wrong AK/SK signature too", async () => {
    const plain = await startTestMock({ stateless: true });
    try {
      for (const c of firstWithBody(huawei)) {
        const input = validInput(c);
        const r = await attemptHuawei(hcClient(plain.url, projectOf(c, input), { ...CREDENTIALS, secretAccessKey: "whatever" }), await requestOptions(c, input));
        expect(r.ok).toBe(true);
      }
      for (const c of firstWithBody(aws)) {
        const wire = await wireRequest(c, validInput(c));
        const r = await call(plain.url, wire.method, wire.path, { ...wire.headers, authorization: "AWS4-HMAC-SHA256 Credential=x/20260101/us-east-1/" + c.service.auth.signingName + "/aws4_request, SignedHeaders=host, Signature=00" }, wire.body);
        expect(r.status).toBe(c.op.http.successStatus);
      }
    } finally {
      await plain.close();
    }
  });
});
