/**
 * The rules the docs state in prose, one by one (issue 13): each reported by
 * the strict validators with its exact path, rule and message, and skipped
 * by the client's lenient validator where the vendor's model leaves it open.
 * The Huawei rules (lengths, patterns, ranges, enum keys) are in
 * constraints.test.ts. Also: the validators for error data and for request
 * bodies as sent.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { REPO } from "./differential.js";
import { realValidators, type ValidationResultLike, type ValidatorModule } from "./generated-package.js";

let apigateway: ValidatorModule;
let huawei: ValidatorModule;
let amplify: ValidatorModule;

beforeAll(async () => {
  ({ apigateway, huawei, amplify } = await realValidators(REPO));
});

const run = (mod: ValidatorModule, fn: string, value: unknown) => mod[fn]!(value) as ValidationResultLike;
const triples = (r: ValidationResultLike) => r.problems.map((p) => [p.path, p.rule, p.message]);
const putMethod = (over: Record<string, unknown> = {}) => ({ restApiId: "r", resourceId: "s", httpMethod: "GET", authorizationType: "NONE", ...over });

const AUTHORIZATION_TYPES = "must be one of NONE, AWS_IAM, CUSTOM, COGNITO_USER_POOLS";
const REQUEST_KEY = "must match the pattern ^method\\.request\\.(querystring|path|header)\\..+$";
const RESPONSE_KEY = "must match the pattern ^method\\.response\\.header\\..+$";

/** Strict rejects with exactly `expected`; lenient (the client's check) accepts. */
function strictOnly(value: Record<string, unknown>, expected: Array<[string, string, string]>) {
  expect(triples(run(apigateway, "validatePutMethodRequest", value))).toEqual(expected);
  expect(apigateway.checkPutMethodRequest!(value)).toBe(false);
  expect(run(apigateway, "validatePutMethodRequestLenient", value).valid).toBe(true);
}

describe("PutMethod input (boto3 put_method page)", () => {
  test("authorizationType: NONE, AWS_IAM, CUSTOM or COGNITO_USER_POOLS", () => {
    for (const ok of ["NONE", "AWS_IAM", "CUSTOM", "COGNITO_USER_POOLS"]) expect(run(apigateway, "validatePutMethodRequest", putMethod({ authorizationType: ok })).valid).toBe(true);
    strictOnly(putMethod({ authorizationType: "BASIC" }), [["/authorizationType", "enum", `/authorizationType: ${AUTHORIZATION_TYPES}`]]);
    strictOnly(putMethod({ authorizationType: "none" }), [["/authorizationType", "enum", `/authorizationType: ${AUTHORIZATION_TYPES}`]]);
    // Lenient is lenient about the value only: the type still counts.
    expect(triples(run(apigateway, "validatePutMethodRequestLenient", putMethod({ authorizationType: 1 })))).toEqual([["/authorizationType", "type", "/authorizationType: must be a string"]]);
  });

  test("requestParameters keys: method.request.{querystring|path|header}.{name}", () => {
    const ok = { "method.request.querystring.page": false, "method.request.path.id": true, "method.request.header.X-Amz-Date": false };
    expect(run(apigateway, "validatePutMethodRequest", putMethod({ requestParameters: ok })).valid).toBe(true);
    strictOnly(putMethod({ requestParameters: { "querystring.page": true } }), [["/requestParameters/querystring.page", "mapKey", `/requestParameters/querystring.page: key ${REQUEST_KEY}`]]);
    strictOnly(putMethod({ requestParameters: JSON.parse('{"__proto__": true}') }), [["/requestParameters/__proto__", "mapKey", `/requestParameters/__proto__: key ${REQUEST_KEY}`]]);
    strictOnly(putMethod({ requestParameters: { "method.request.body.id": true, "method.request.path.": true } }), [
      ["/requestParameters/method.request.body.id", "mapKey", `/requestParameters/method.request.body.id: key ${REQUEST_KEY}`],
      ["/requestParameters/method.request.path.", "mapKey", `/requestParameters/method.request.path.: key ${REQUEST_KEY}`],
    ]);
  });

  test("the four inputs of issue 13, as a whole input and as a wire body", () => {
    const bad = [{ authorizationType: "BASIC" }, { authorizationType: "none" }, { requestParameters: { "querystring.page": true } }, { requestParameters: JSON.parse('{"__proto__": true}') }];
    for (const over of bad) {
      expect(run(apigateway, "validatePutMethodRequest", putMethod(over)).valid, JSON.stringify(over)).toBe(false);
      expect(run(apigateway, "validatePutMethodRequestBody", { authorizationType: "NONE", ...over }).valid, JSON.stringify(over)).toBe(false);
      expect(run(apigateway, "validatePutMethodRequestLenient", putMethod(over)).valid, JSON.stringify(over)).toBe(true);
    }
  });
});

describe("Method output (boto3 put_method response structure)", () => {
  const method = (value: unknown) => triples(run(apigateway, "validateMethod", value));

  test("authorizationType and requestParameters keys, as in the input", () => {
    expect(method({ authorizationType: "BASIC", requestParameters: { "querystring.page": true } })).toEqual([
      ["/authorizationType", "enum", `/authorizationType: ${AUTHORIZATION_TYPES}`],
      ["/requestParameters/querystring.page", "mapKey", `/requestParameters/querystring.page: key ${REQUEST_KEY}`],
    ]);
  });

  test("MethodResponse responseParameters keys: method.response.header.{name}", () => {
    expect(method({ methodResponses: { "200": { statusCode: "200", responseParameters: { "method.response.header.X-Id": true } } } })).toEqual([]);
    expect(method({ methodResponses: { "200": { responseParameters: { "X-Id": true } } } })).toEqual([
      ["/methodResponses/200/responseParameters/X-Id", "mapKey", `/methodResponses/200/responseParameters/X-Id: key ${RESPONSE_KEY}`],
    ]);
  });

  test("Integration requestParameters values: method.request.{location}.{name} or a quoted static value", () => {
    const pattern = "must match the pattern ^('[\\s\\S]*'|method\\.request\\.(querystring|path|header)\\..+)$";
    const params = { "integration.request.path.id": "method.request.path.id", "integration.request.header.x": "'static'", "integration.request.querystring.q": "stageVariables.q" };
    expect(method({ methodIntegration: { requestParameters: params } })).toEqual([
      ["/methodIntegration/requestParameters/integration.request.querystring.q", "pattern", `/methodIntegration/requestParameters/integration.request.querystring.q: ${pattern}`],
    ]);
  });

  test("Integration passthroughBehavior: WHEN_NO_MATCH, WHEN_NO_TEMPLATES or NEVER", () => {
    expect(method({ methodIntegration: { passthroughBehavior: "NEVER" } })).toEqual([]);
    expect(method({ methodIntegration: { passthroughBehavior: "ALWAYS" } })).toEqual([
      ["/methodIntegration/passthroughBehavior", "enum", "/methodIntegration/passthroughBehavior: must be one of WHEN_NO_MATCH, WHEN_NO_TEMPLATES, NEVER"],
    ]);
  });

  test("IntegrationResponse responseParameters: keys method.response.header.{name}, values integration.response.{header|body}.… or quoted", () => {
    const value = "must match the pattern ^('[\\s\\S]*'|integration\\.response\\.(header|body)\\..+)$";
    const ok = { "method.response.header.A": "integration.response.header.A", "method.response.header.B": "integration.response.body.error.code", "method.response.header.C": "'application/json'" };
    expect(method({ methodIntegration: { integrationResponses: { "200": { responseParameters: ok } } } })).toEqual([]);
    expect(method({ methodIntegration: { integrationResponses: { "200": { responseParameters: { "header.A": "integration.response.header.A", "method.response.header.B": "context.requestId" } } } } })).toEqual([
      ["/methodIntegration/integrationResponses/200/responseParameters/header.A", "mapKey", `/methodIntegration/integrationResponses/200/responseParameters/header.A: key ${RESPONSE_KEY}`],
      ["/methodIntegration/integrationResponses/200/responseParameters/method.response.header.B", "pattern", `/methodIntegration/integrationResponses/200/responseParameters/method.response.header.B: ${value}`],
    ]);
  });
});

describe("error data", () => {
  test("each error's data has a validator; errors are responses, so unknown members pass", () => {
    expect(triples(run(apigateway, "validateBadRequestExceptionData", { message: 1 }))).toEqual([["/message", "type", "/message: must be a string"]]);
    expect(run(apigateway, "validateLimitExceededExceptionData", { message: "slow down", retryAfterSeconds: "3", later: true }).valid).toBe(true);
    expect(triples(run(huawei, "validateNotFoundErrorData", { error_code: 3081 }))).toEqual([["/error_code", "type", "/error_code: must be a string"]]);
    expect(apigateway.isNotFoundExceptionData!({ message: "gone" })).toBe(true);
    expect(triples(run(amplify, "validateNotFoundExceptionData", null))).toEqual([["", "type", "(root): must be an object"]]);
  });
});

describe("request bodies as sent", () => {
  test("AmplifyBackend: wire names throughout, path members left out", () => {
    const body = (value: unknown) => triples(run(amplify, "validateUpdateBackendAPIRequestBody", value));
    expect(body({ resourceName: "api", resourceConfig: { apiName: "x", defaultAuthType: { mode: "API_KEY", settings: { expirationTime: 1 } } } })).toEqual([]);
    expect(body({ resourceName: "api", resourceConfig: { apiName: 1, conflictResolution: { resolutionStrategy: "LATEST" } } })).toEqual([
      ["/resourceConfig/apiName", "type", "/resourceConfig/apiName: must be a string"],
      ["/resourceConfig/conflictResolution/resolutionStrategy", "enum", "/resourceConfig/conflictResolution/resolutionStrategy: must be one of OPTIMISTIC_CONCURRENCY, LAMBDA, AUTOMERGE, NONE"],
    ]);
    expect(body({ ResourceName: "api", appId: "a" })).toEqual([
      ["/resourceName", "required", "/resourceName: is required"],
      ["/ResourceName", "unknownMember", "/ResourceName: is not a member of UpdateBackendAPIRequest body"],
      ["/appId", "unknownMember", "/appId: is not a member of UpdateBackendAPIRequest body"],
    ]);
    expect(amplify.checkUpdateBackendAPIRequestBody!({ resourceName: "api" })).toBe(true);
  });

  test("Huawei: the body is the input without its path members", () => {
    expect(run(huawei, "validateUpdateGatewayResponseRequestBody", { name: "default", responses: { THROTTLED: { status: 429 } } }).valid).toBe(true);
    expect(triples(run(huawei, "validateUpdateGatewayResponseRequestBody", { name: "default", project_id: "p" }))).toEqual([
      ["/project_id", "unknownMember", "/project_id: is not a member of UpdateGatewayResponseRequest body"],
    ]);
  });
});
