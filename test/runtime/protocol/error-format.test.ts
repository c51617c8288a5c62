/**
 * The vendors' error wire formats, both ways: what the mock writes
 * (`encodeError`, `encodeBuiltin`) the client reads back (`readError`,
 * `decodeErrorData`) to the same code, message and members.
 */
import { describe, expect, it } from "vitest";
import { awsRestJson } from "../../../src/runtime/protocol/aws-rest-json.js";
import { huaweiRestJson } from "../../../src/runtime/protocol/huawei-rest-json.js";
import { protocolFor } from "../../support/protocols.js";
import type { Protocol, ReceivedResponse, WireResponse } from "../../../src/runtime/protocol/types.js";
import { decodeServiceTable } from "../../../src/runtime/table/decode.js";
import { kitchenSink } from "../helpers/kitchen-sink.js";
import { realTable } from "../helpers/real-specs.js";

/** What the client receives when the mock sends `w`. */
function received(w: WireResponse): ReceivedResponse {
  return { status: w.status, headers: new Headers(w.headers), body: w.body === "" ? undefined : JSON.parse(w.body) };
}

describe("aws-rest-json errors", () => {
  const sink = decodeServiceTable(kitchenSink);
  const throttled = sink.errors.get("ThrottledException")!;

  it("mock: the code in x-amzn-ErrorType, members in the body under wire names, header members in headers", () => {
    const w = awsRestJson.encodeError({ error: throttled, code: "ThrottledException", message: "slow down", data: { RetryAfter: 30, Reason: "busy" } });
    expect(w.status).toBe(429);
    expect(w.headers).toEqual({ "x-amzn-ErrorType": "ThrottledException", "content-type": "application/json", "Retry-After": "30" });
    expect(JSON.parse(w.body)).toEqual({ message: "slow down", reason: "busy" });
  });

  it("round trip: the client reads back code, message, request id and documented members", () => {
    const w = awsRestJson.encodeError({ error: throttled, code: "ThrottledException", message: "slow down", data: { RetryAfter: 30, Reason: "busy" } });
    const r = received({ ...w, headers: { ...w.headers, "x-amzn-RequestId": "rid-1" } });
    expect(awsRestJson.readError(r)).toEqual({ code: "ThrottledException", message: "slow down", requestId: "rid-1" });
    expect(awsRestJson.decodeErrorData(throttled, r)).toEqual({ RetryAfter: 30, Message: "slow down", Reason: "busy" });
  });

  it("always carries `message`, even for an error that declares no message member", () => {
    const model = decodeServiceTable(realTable("apigateway"));
    const bare = { ...model.errors.get("NotFoundException")!, members: sink.structures.get("Node")! };
    expect(JSON.parse(awsRestJson.encodeError({ error: bare, code: "X", message: "gone", data: {} }).body)).toEqual({ message: "gone" });
  });

  it("client: reads the type from x-amzn-ErrorType, then body code/__type, stripping URL and namespace", () => {
    const r = (status: number, headers: Record<string, string>, body: unknown): ReceivedResponse => ({ status, headers: new Headers(headers), body });
    expect(awsRestJson.readError(r(404, { "x-amzn-ErrorType": "NotFoundException:http://internal.amazon.com/" }, {})).code).toBe("NotFoundException");
    expect(awsRestJson.readError(r(429, {}, { __type: "com.amazon#LimitExceededException" })).code).toBe("LimitExceededException");
    expect(awsRestJson.readError(r(400, { "x-amzn-RequestId": "r1" }, { code: "X", Message: "m" }))).toEqual({ code: "X", message: "m", requestId: "r1" });
    expect(awsRestJson.readError(r(502, {}, "<html>"))).toEqual({ code: undefined, message: undefined, requestId: undefined });
  });

  it("words validation problems as AWS does", () => {
    expect(
      awsRestJson.validationMessage([
        { wirePath: "authorizationType", message: "is required", value: undefined },
        { wirePath: "apiKeyRequired", message: "must be a boolean", value: "yes" },
      ]),
    ).toBe("2 validation errors detected: Value null at 'authorizationType' failed to satisfy constraint: is required; Value 'yes' at 'apiKeyRequired' failed to satisfy constraint: must be a boolean");
    expect(awsRestJson.validationMessage([{ wirePath: "x", message: "too long", value: "y".repeat(100) }])).toBe(`1 validation error detected: Value '${"y".repeat(61)}...' at 'x' failed to satisfy constraint: too long`);
    expect(awsRestJson.malformedMessage("body", "Could not parse")).toBe("Could not parse");
  });
});

describe("huawei-rest-json errors", () => {
  const hw = decodeServiceTable(realTable("huawei-apig"));
  const notFound = hw.errors.get("NotFoundError")!;

  it("mock: {error_code, error_msg} in the body, no error header", () => {
    const w = huaweiRestJson.encodeError({ error: notFound, code: "APIG.3081", message: "authorizer with id: x not found", data: { error_code: "stale", error_msg: "stale" } });
    expect(w).toEqual({ status: 404, headers: { "content-type": "application/json;charset=UTF-8" }, body: '{"error_code":"APIG.3081","error_msg":"authorizer with id: x not found"}' });
  });

  it("round trip: the client reads back code, message, request id and members", () => {
    const w = huaweiRestJson.encodeError({ error: notFound, code: "APIG.3081", message: "gone", data: {} });
    const r = received({ ...w, headers: { ...w.headers, "X-Request-Id": "hw-1" } });
    expect(huaweiRestJson.readError(r)).toEqual({ code: "APIG.3081", message: "gone", requestId: "hw-1" });
    expect(huaweiRestJson.decodeErrorData(notFound, r)).toEqual({ error_code: "APIG.3081", error_msg: "gone" });
    expect(huaweiRestJson.readError({ status: 400, headers: new Headers(), body: { error_code: "APIG.1", error_msg: "x", request_id: "b" } }).requestId).toBe("b");
  });

  it("names only the parameter, as the docs' example does", () => {
    expect(huaweiRestJson.validationMessage([{ wirePath: "identities[0].name", message: "is required", value: undefined }])).toBe(
      "Invalid parameter value,parameterName:identities[0].name. Please refer to the support documentation",
    );
    expect(huaweiRestJson.malformedMessage("body", "Unexpected token")).toBe("Invalid parameter value,parameterName:body. Please refer to the support documentation");
  });
});

describe("built-in errors", () => {
  const facts = (p: Protocol, w: WireResponse) => ({ status: w.status, ...p.readError(received(w)) });

  it("AWS: the service's own codes and words, readable by the client", () => {
    expect(facts(awsRestJson, awsRestJson.encodeBuiltin("not-found"))).toEqual({ status: 404, code: "UnknownOperationException", message: "Unknown operation", requestId: undefined });
    expect(facts(awsRestJson, awsRestJson.encodeBuiltin("method-not-allowed")).status).toBe(405);
    expect(facts(awsRestJson, awsRestJson.encodeBuiltin("too-large"))).toMatchObject({ status: 413, code: "RequestEntityTooLargeException" });
    expect(facts(awsRestJson, awsRestJson.encodeBuiltin("missing-auth"))).toMatchObject({ status: 403, code: "MissingAuthenticationTokenException" });
    expect(facts(awsRestJson, awsRestJson.encodeBuiltin("bad-signature", undefined, "signature mismatch"))).toMatchObject({
      status: 403,
      code: "InvalidSignatureException",
      message: "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. (mock: signature mismatch)",
    });
    expect(facts(awsRestJson, awsRestJson.encodeBuiltin("internal", "boom"))).toMatchObject({ status: 500, code: "InternalFailure", message: "boom" });
  });

  it("Huawei: APIG codes", () => {
    expect(facts(huaweiRestJson, huaweiRestJson.encodeBuiltin("not-found"))).toMatchObject({ status: 404, code: "APIG.0101" });
    expect(facts(huaweiRestJson, huaweiRestJson.encodeBuiltin("method-not-allowed"))).toMatchObject({ status: 405, code: "APIG.0101" });
    expect(facts(huaweiRestJson, huaweiRestJson.encodeBuiltin("too-large"))).toMatchObject({ status: 413, code: "APIG.0201" });
    expect(facts(huaweiRestJson, huaweiRestJson.encodeBuiltin("missing-auth"))).toMatchObject({ status: 401, code: "APIG.1002", message: "Incorrect token or token resolution failed" });
    expect(facts(huaweiRestJson, huaweiRestJson.encodeBuiltin("bad-request"))).toMatchObject({ status: 400, code: "APIG.2011" });
    expect(facts(huaweiRestJson, huaweiRestJson.encodeBuiltin("internal"))).toMatchObject({ status: 500, code: "APIG.9999", message: "System error" });
  });

  it("each table protocol has its module; unknown ones are refused", () => {
    expect(protocolFor("aws-rest-json")).toBe(awsRestJson);
    expect(protocolFor("huawei-rest-json")).toBe(huaweiRestJson);
    expect(() => protocolFor("soap" as never)).toThrow(/unknown wire protocol 'soap'/);
  });
});
