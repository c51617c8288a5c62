/** The request headers the mock interprets: Prefer, and credentials (presence, SigV4 scope). */
import { describe, expect, it } from "vitest";
import { hasCredentials, pointsAt, sigV4Service } from "../../../src/runtime/mock/credentials.js";
import { parsePrefer } from "../../../src/runtime/mock/prefer.js";
import { parseSigV4Authorization } from "../../../src/runtime/mock/verify-sigv4.js";

describe("Prefer", () => {
  it("reads code and error in any order, quoted or not, ignoring other preferences", () => {
    expect(parsePrefer("code=404")).toEqual({ code: 404 });
    expect(parsePrefer('error="ConflictException", return=minimal')).toEqual({ error: "ConflictException" });
    expect(parsePrefer("respond-async; code=429; error=TooManyRequestsException")).toEqual({ code: 429, error: "TooManyRequestsException" });
    expect(parsePrefer(["code=500", "x=y"])).toEqual({ code: 500 });
  });

  it("ignores what it does not understand", () => {
    expect(parsePrefer(undefined)).toBeUndefined();
    expect(parsePrefer("code=99")).toBeUndefined();
    expect(parsePrefer("code=abc, error=")).toBeUndefined();
    expect(parsePrefer("return=representation")).toBeUndefined();
  });
});

describe("SigV4 Authorization", () => {
  const header = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20160531/us-east-1/apigateway/aws4_request, SignedHeaders=content-length;content-type;host;x-amz-date, Signature=abc123";

  it("parses the credential scope, signed headers and signature", () => {
    expect(parseSigV4Authorization(header)).toEqual({
      accessKeyId: "AKIDEXAMPLE",
      date: "20160531",
      region: "us-east-1",
      service: "apigateway",
      signedHeaders: ["content-length", "content-type", "host", "x-amz-date"],
      signature: "abc123",
    });
    expect(sigV4Service(header)).toBe("apigateway");
  });

  it("rejects other schemes and malformed scopes", () => {
    expect(parseSigV4Authorization("Bearer x")).toBeUndefined();
    expect(parseSigV4Authorization("AWS4-HMAC-SHA256 Credential=A/B/C, SignedHeaders=host, Signature=1")).toBeUndefined();
    expect(sigV4Service("AWS4-HMAC-SHA256 Credential=broken")).toBeUndefined();
    expect(sigV4Service(undefined)).toBeUndefined();
  });
});

describe("credentials", () => {
  const sigv4 = { scheme: "sigv4", signingName: "apigateway" } as const;
  const token = { scheme: "x-auth-token", header: "X-Auth-Token" } as const;

  it("are present when the scheme's header is", () => {
    expect(hasCredentials(sigv4, { authorization: "anything" })).toBe(true);
    expect(hasCredentials(sigv4, { "x-auth-token": "t" })).toBe(false);
    expect(hasCredentials(token, { "x-auth-token": "t" })).toBe(true);
    expect(hasCredentials(token, { authorization: "x" })).toBe(false);
  });

  it("point at a service by SigV4 scope, or by token header without a SigV4 scope", () => {
    const signed = { authorization: "AWS4-HMAC-SHA256 Credential=A/20260101/us-east-1/apigateway/aws4_request, SignedHeaders=host, Signature=0" };
    expect(pointsAt(sigv4, signed)).toBe(true);
    expect(pointsAt({ scheme: "sigv4", signingName: "other" }, signed)).toBe(false);
    expect(pointsAt(token, { ...signed, "x-auth-token": "t" })).toBe(false);
    expect(pointsAt(token, { "x-auth-token": "t" })).toBe(true);
  });
});
