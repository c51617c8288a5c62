import { describe, expect, it } from "vitest";
import type { MockError } from "../../../src/runtime/mock/definition.js";
import { awsRestJson, huaweiRestJson, nextRequestId } from "../../../src/runtime/mock/protocol.js";

const msg = { name: "Message", wireName: "message", location: "body" as const, type: { kind: "string" as const }, required: false };

describe("aws-rest-json errors", () => {
  it("puts the type in x-amzn-ErrorType and the members in the body under their wire names", () => {
    const e: MockError = { name: "NotFoundException", status: 404, code: "NotFoundException", documentation: "Not here.", members: [msg, { ...msg, name: "ResourceType", wireName: "resourceType" }] };
    expect(awsRestJson.renderError(e, undefined)).toEqual({
      status: 404,
      headers: { "x-amzn-ErrorType": "NotFoundException", "content-type": "application/json" },
      body: JSON.stringify({ message: "Not here.", resourceType: "mock-ResourceType" }),
    });
    expect(JSON.parse(awsRestJson.renderError(e, "custom").body)).toMatchObject({ message: "custom" });
  });

  it("uses the docs' example where there is one", () => {
    const e: MockError = { name: "X", status: 400, code: "X", members: [msg], example: { body: { message: "from the docs" }, headers: { "retry-after": "30" } } };
    expect(JSON.parse(awsRestJson.renderError(e, undefined).body)).toEqual({ message: "from the docs" });
    const withHeader: MockError = { ...e, members: [msg, { ...msg, name: "retryAfterSeconds", wireName: "Retry-After", location: "header" }] };
    expect(awsRestJson.renderError(withHeader, undefined).headers["Retry-After"]).toBe("30");
  });

  it("words validation problems as AWS does", () => {
    expect(
      awsRestJson.validationMessage([
        { wirePath: "authorizationType", message: "is required", value: undefined },
        { wirePath: "apiKeyRequired", message: "must be a boolean", value: "yes" },
      ]),
    ).toBe("2 validation errors detected: Value null at 'authorizationType' failed to satisfy constraint: is required; Value 'yes' at 'apiKeyRequired' failed to satisfy constraint: must be a boolean");
  });
});

describe("huawei-rest-json errors", () => {
  it("sends error_code and error_msg, from the example unless a message is given", () => {
    const e: MockError = {
      name: "NotFoundError",
      status: 404,
      code: "APIG.3081",
      members: [
        { ...msg, name: "error_code", wireName: "error_code" },
        { ...msg, name: "error_msg", wireName: "error_msg" },
      ],
      example: { body: { error_code: "APIG.3081", error_msg: "authorizer with id: x not found" } },
    };
    expect(JSON.parse(huaweiRestJson.renderError(e, undefined).body)).toEqual({ error_code: "APIG.3081", error_msg: "authorizer with id: x not found" });
    expect(JSON.parse(huaweiRestJson.renderError(e, "other").body)).toEqual({ error_code: "APIG.3081", error_msg: "other" });
    expect(huaweiRestJson.renderError(e, undefined).headers["x-amzn-ErrorType"]).toBeUndefined();
  });

  it("names only the parameter, as the docs' example does", () => {
    expect(huaweiRestJson.validationMessage([{ wirePath: "identities[0].name", message: "is required", value: undefined }])).toBe(
      "Invalid parameter value,parameterName:identities[0].name. Please refer to the support documentation",
    );
  });

  it("has vendor codes for errors no table lists", () => {
    expect(JSON.parse(huaweiRestJson.builtin("not-found").body)).toMatchObject({ error_code: "APIG.0101" });
    expect(awsRestJson.builtin("too-large").status).toBe(413);
  });
});

it("request ids differ per response", () => {
  expect(nextRequestId()).not.toBe(nextRequestId());
});
