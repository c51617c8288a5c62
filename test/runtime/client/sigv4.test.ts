import { createHash, createHmac } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Sha256 } from "@aws-crypto/sha256-js";
import { SignatureV4 } from "@smithy/signature-v4";
import { NodeSha256, sigv4Auth } from "../../../src/runtime/client/sigv4.js";

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

  it("produces the signature @smithy/signature-v4 with @aws-crypto/sha256-js produces", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2024-05-06T07:08:09Z"));
    const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", sessionToken: "tok" };
    const auth = sigv4Auth({ region: "eu-west-1", service: "apigateway", credentials });
    const body = '{"authorizationType":"NONE"}';
    const signed = await auth({
      method: "PUT",
      url: "http://127.0.0.1:8080/restapis/a%20b/resources/r/methods/GET?x=1&x=2",
      headers: { "content-type": "application/json" },
      body,
    });
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
    const auth = sigv4Auth({ region: "us-east-1", service: "apigateway", credentials: async () => ({ accessKeyId: `AK${++calls}`, secretAccessKey: "s" }) });
    const req = { method: "GET", url: "http://h/x", headers: {}, body: undefined };
    expect((await auth(req)).headers["authorization"]).toContain("Credential=AK1/");
    expect((await auth(req)).headers["authorization"]).toContain("Credential=AK2/");
  });
});
