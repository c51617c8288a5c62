/** Authentication per scheme: SigV4 (as the AWS SDK signs) and token headers; endpoint resolution. */
import { createHash, createHmac } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Sha256 } from "@aws-crypto/sha256-js";
import { SignatureV4 } from "@smithy/signature-v4";
import { sigv4Auth } from "../../../src/runtime/client/auth-sigv4.js";
import { tokenAuth } from "../../../src/runtime/client/auth-token.js";
import { resolveEndpoint } from "../../../src/runtime/client/endpoint.js";
import { NodeSha256 } from "../../../src/runtime/shared/sha256.js";
import { decodeServiceTable } from "../../../src/runtime/table/decode.js";
import { realTable } from "../helpers/real-specs.js";

const apigw = realTable("apigateway");
const hw = realTable("huawei-apig");

describe("NodeSha256", () => {
  it("hashes like node:crypto, in chunks and with an HMAC key", async () => {
    const h = new NodeSha256();
    h.update("hello ");
    h.update(new TextEncoder().encode("world"));
    expect(Buffer.from(await h.digest()).toString("hex")).toBe(createHash("sha256").update("hello world").digest("hex"));
    const m = new NodeSha256("key");
    m.update("data");
    expect(Buffer.from(await m.digest()).toString("hex")).toBe(createHmac("sha256", "key").update("data").digest("hex"));
    m.reset();
    expect(Buffer.from(await m.digest()).toString("hex")).toBe(createHmac("sha256", "key").update("").digest("hex"));
  });
});

describe("sigv4Auth", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("produces the signature @smithy/signature-v4 with @aws-crypto/sha256-js produces, for the service's signing name", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2024-05-06T07:08:09Z"));
    const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", sessionToken: "tok" };
    const auth = sigv4Auth(apigw, { region: "eu-west-1", credentials });
    const body = '{"authorizationType":"NONE"}';
    const signed = await auth({ method: "PUT", url: "http://127.0.0.1:8080/restapis/a%20b/resources/r/methods/GET?x=1&x=2", headers: { "content-type": "application/json" }, body });
    const reference = await new SignatureV4({ credentials, region: "eu-west-1", service: "apigateway", sha256: Sha256, uriEscapePath: true }).sign({
      method: "PUT",
      protocol: "http:",
      hostname: "127.0.0.1",
      port: 8080,
      path: "/restapis/a%20b/resources/r/methods/GET",
      query: { x: ["1", "2"] },
      headers: { "content-type": "application/json", host: "127.0.0.1:8080" },
      body,
    });
    expect(signed.headers["authorization"]).toBe(reference.headers["authorization"]);
    expect(signed.headers["authorization"]).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20240506\/eu-west-1\/apigateway\/aws4_request, SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature=[0-9a-f]{64}$/);
    expect(signed.headers["x-amz-security-token"]).toBe("tok");
    expect(signed.headers["host"]).toBeUndefined();
  });

  it("asks a credentials provider on every signature", async () => {
    let calls = 0;
    const auth = sigv4Auth(apigw, { region: "us-east-1", credentials: async () => ({ accessKeyId: `AK${++calls}`, secretAccessKey: "s" }) });
    const req = { method: "GET", url: "http://h/x", headers: {}, body: undefined };
    expect((await auth(req)).headers["authorization"]).toContain("Credential=AK1/");
    expect((await auth(req)).headers["authorization"]).toContain("Credential=AK2/");
  });

  it("needs a region and a SigV4 service", () => {
    expect(() => sigv4Auth(apigw, { credentials: { accessKeyId: "a", secretAccessKey: "b" } })).toThrow("ApiGateway client: pass options.region to sign requests (SigV4)");
    expect(() => sigv4Auth(hw, { region: "x", credentials: { accessKeyId: "a", secretAccessKey: "b" } })).toThrow(/HuaweiApig does not use SigV4/);
  });
});

describe("tokenAuth", () => {
  it("puts a static or provided token in the service's header, per attempt", async () => {
    let n = 0;
    const auth = tokenAuth(hw, { token: async () => `t${++n}` });
    const req = { method: "GET", url: "http://h/x", headers: { a: "1" }, body: undefined };
    expect((await auth(req)).headers).toEqual({ a: "1", "x-auth-token": "t1" });
    expect((await auth(req)).headers["x-auth-token"]).toBe("t2");
    expect((await tokenAuth(hw, { token: "s" })(req)).headers["x-auth-token"]).toBe("s");
    expect(() => tokenAuth(apigw, { token: "s" })).toThrow(/ApiGateway does not use a token header/);
  });
});

describe("resolveEndpoint", () => {
  it("uses options.endpoint, else the service's endpoint with the region, else says what to pass", () => {
    const aws = decodeServiceTable(apigw);
    expect(resolveEndpoint(aws, { endpoint: "http://127.0.0.1:1" })).toBe("http://127.0.0.1:1");
    expect(resolveEndpoint(aws, { region: "eu-west-1" })).toBe("https://apigateway.eu-west-1.amazonaws.com");
    expect(() => resolveEndpoint(aws, {})).toThrow("ApiGateway client: pass options.region (e.g. us-east-1) or options.endpoint");
    expect(() => resolveEndpoint(aws, { region: "evil.com/x?" })).toThrow(/pass options.region/);
    expect(() => resolveEndpoint(decodeServiceTable(hw), { region: "cn-north-4" })).toThrow("HuaweiApig client: pass options.endpoint (the service has no default endpoint)");
    expect(() => resolveEndpoint(aws, { endpoint: "apigateway.example.com" })).toThrow(/is not an absolute URL/);
    expect(() => resolveEndpoint(aws, { endpoint: "file:///etc/passwd" })).toThrow(/is not an http\(s\) URL/);
  });
});
