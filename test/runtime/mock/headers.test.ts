/** The request headers the mock interprets: Prefer, and credentials (presence, kind, SigV4 scope). */
import { describe, expect, it } from "vitest";
import { credentialKind, hasCredentials, pointsAt, sigV4Service } from "../../../src/runtime/mock/credentials.js";
import { MAX_PREFER_DELAY_MS, parsePrefer } from "../../../src/runtime/mock/prefer.js";
import { parseSigV4Authorization } from "../../../src/runtime/mock/verify-sigv4.js";

describe("Prefer", () => {
  const ok = (header: string | string[] | undefined) => {
    const r = parsePrefer(header);
    if (!r.ok) throw new Error(r.message);
    return r.preference;
  };

  it("reads code, error, delay and fault in any order, quoted or not, separated by , or ;", () => {
    expect(ok("code=404")).toEqual({ code: 404 });
    expect(ok('error="ConflictException", return=minimal')).toEqual({ error: "ConflictException" });
    expect(ok("respond-async; code=429; error=TooManyRequestsException")).toEqual({ code: 429, error: "TooManyRequestsException" });
    expect(ok(["code=500", "x=y"])).toEqual({ code: 500 });
    expect(ok("delay=250, fault=reset")).toEqual({ delayMs: 250, reset: true });
    expect(ok(`delay=${MAX_PREFER_DELAY_MS}`)).toEqual({ delayMs: MAX_PREFER_DELAY_MS });
  });

  it("ignores preferences it does not know, as RFC 7240 asks", () => {
    expect(ok(undefined)).toBeUndefined();
    expect(ok("return=representation")).toBeUndefined();
    expect(ok("respond-async, wait=10, handling=strict")).toBeUndefined();
    expect(ok(" , ;")).toBeUndefined();
  });

  it.each([
    ["code=999", "code=999 is not an HTTP status"],
    ["code=99", "code=99 is not an HTTP status"],
    ["code=abc", "code=abc is not an HTTP status"],
    ["code", "code= is not an HTTP status"],
    ["error=", "error= needs the name"],
    ["delay=-1", "delay=-1 must be milliseconds"],
    [`delay=${MAX_PREFER_DELAY_MS + 1}`, "must be milliseconds from 0"],
    ["delay=1.5", "delay=1.5 must be milliseconds"],
    ["fault=explode", "fault=explode is unknown; known: reset"],
    ["=5", "'=5' is not a preference"],
    ['code="404', "is not a preference"],
    ["co de=404", "is not a preference"],
    ["code=404, code=500", "code is given twice"],
  ])("refuses %s, saying why", (header, why) => {
    const r = parsePrefer(header);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.startsWith("Malformed Prefer header: ")).toBe(true);
    if (!r.ok) expect(r.message).toContain(why);
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

  it("of a token service are its token or an AK/SK signature, which APIG accepts alike", () => {
    const aksk = { authorization: "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=0" };
    expect(credentialKind(token, aksk)).toBe("aksk");
    expect(credentialKind(token, { "x-auth-token": "t", ...aksk })).toBe("token");
    expect(credentialKind(token, { authorization: "AWS4-HMAC-SHA256 Credential=A/1/r/s/aws4_request" })).toBeUndefined();
    expect(credentialKind(sigv4, aksk)).toBe("sigv4");
    expect(pointsAt(token, aksk)).toBe(true);
  });

  it("point at a service by SigV4 scope, or by token header without a SigV4 scope", () => {
    const signed = { authorization: "AWS4-HMAC-SHA256 Credential=A/20260101/us-east-1/apigateway/aws4_request, SignedHeaders=host, Signature=0" };
    expect(pointsAt(sigv4, signed)).toBe(true);
    expect(pointsAt({ scheme: "sigv4", signingName: "other" }, signed)).toBe(false);
    expect(pointsAt(token, { ...signed, "x-auth-token": "t" })).toBe(false);
    expect(pointsAt(token, { "x-auth-token": "t" })).toBe(true);
  });
});
