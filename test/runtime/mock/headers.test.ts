/** The request headers the mock interprets: Prefer and SigV4 Authorization. */
import { describe, expect, it } from "vitest";
import { parsePrefer } from "../../../src/runtime/mock/prefer.js";
import { parseSigV4Authorization, sigV4Service } from "../../../src/runtime/mock/sigv4.js";

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
