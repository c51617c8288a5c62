/**
 * One test per constraint written in the five real specs: the exact JSON
 * pointer, rule and message of the problem the generated validator reports,
 * and that a value just inside the bound passes.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { realValidators, type ValidationResultLike, type ValidatorModule } from "./generated-package.js";
import { REPO } from "./differential.js";

let apigateway: ValidatorModule;
let huawei: ValidatorModule;
let amplify: ValidatorModule;

beforeAll(async () => {
  ({ apigateway, huawei, amplify } = await realValidators(REPO));
});

const run = (mod: ValidatorModule, fn: string, value: unknown) => mod[fn]!(value) as ValidationResultLike;

/** Exactly these problems, as [path, rule, message]. */
function expectProblems(result: ValidationResultLike, expected: Array<[string, string, string]>) {
  expect(result.problems.map((p) => [p.path, p.rule, p.message])).toEqual(expected);
  expect(result.valid).toBe(expected.length === 0);
}

const gatewayResponse = (over: Record<string, unknown> = {}) => ({ project_id: "p", instance_id: "i", group_id: "g", response_id: "r", name: "default", ...over });
const authorizer = (over: Record<string, unknown> = {}) => ({
  project_id: "p", instance_id: "i", authorizer_id: "a", name: "Authorizer_demo", type: "FRONTEND", authorizer_type: "FUNC", authorizer_uri: "urn:fss:x", ...over,
});
const putMethod = (over: Record<string, unknown> = {}) => ({ restApiId: "r", resourceId: "s", httpMethod: "GET", authorizationType: "NONE", ...over });
const backendApi = (over: Record<string, unknown> = {}) => ({ AppId: "a", BackendEnvironmentName: "dev", ResourceName: "api", ...over });

describe("Huawei UpdateGatewayResponse", () => {
  const v = (value: unknown) => run(huawei, "validateUpdateGatewayResponseRequest", value);

  test("ResponseInfo.status: 200..599, not 444 (minimum, maximum, excluded)", () => {
    const at = (status: unknown) => v(gatewayResponse({ responses: { THROTTLED: { status } } }));
    const msg = "/responses/THROTTLED/status: must be between 200 and 599 and not 444";
    expectProblems(at(444), [["/responses/THROTTLED/status", "excluded", msg]]);
    expectProblems(at(199), [["/responses/THROTTLED/status", "minimum", msg]]);
    expectProblems(at(600), [["/responses/THROTTLED/status", "maximum", msg]]);
    expectProblems(at(429.5), [["/responses/THROTTLED/status", "type", "/responses/THROTTLED/status: must be an integer"]]);
    expectProblems(at("429"), [["/responses/THROTTLED/status", "type", "/responses/THROTTLED/status: must be an integer"]]);
    for (const ok of [200, 443, 445, 599]) expectProblems(at(ok), []);
  });

  test("responses keys: GatewayResponseType (mapKey)", () => {
    expectProblems(v(gatewayResponse({ responses: { THROTTLED: {}, throttled: {} } })), [
      ["/responses/throttled", "mapKey", "/responses/throttled: key must be one of AUTH_FAILURE, AUTH_HEADER_MISSING, AUTHORIZER_FAILURE, AUTHORIZER_CONF_FAILURE, AUTHORIZER_IDENTITIES_FAILURE, BACKEND_UNAVAILABLE, BACKEND_TIMEOUT, THROTTLED, UNAUTHORIZED, ACCESS_DENIED, NOT_FOUND, REQUEST_PARAMETERS_FAILURE, DEFAULT_4XX, DEFAULT_5XX, THIRD_AUTH_FAILURE, THIRD_AUTH_IDENTITIES_FAILURE, THIRD_AUTH_CONF_FAILURE"],
    ]);
  });

  test("responses values: ResponseInfo, its unknown members rejected", () => {
    expectProblems(v(gatewayResponse({ responses: { DEFAULT_4XX: { status: 400, default: true } } })), [
      ["/responses/DEFAULT_4XX/default", "unknownMember", "/responses/DEFAULT_4XX/default: is not a member of ResponseInfo"],
    ]);
    expectProblems(v(gatewayResponse({ responses: { DEFAULT_4XX: "oops" } })), [["/responses/DEFAULT_4XX", "type", "/responses/DEFAULT_4XX: must be an object"]]);
  });

  test("name: 1..64 characters (minLength, maxLength)", () => {
    expectProblems(v(gatewayResponse({ name: "" })), [["/name", "minLength", "/name: must be 1 to 64 characters long"], ["/name", "pattern", "/name: must match the pattern ^[A-Za-z0-9_-]+$"]]);
    expectProblems(v(gatewayResponse({ name: "a".repeat(65) })), [["/name", "maxLength", "/name: must be 1 to 64 characters long"]]);
    expectProblems(v(gatewayResponse({ name: "a".repeat(64) })), []);
  });

  test("name: pattern ^[A-Za-z0-9_-]+$", () => {
    expectProblems(v(gatewayResponse({ name: "bad name" })), [["/name", "pattern", "/name: must match the pattern ^[A-Za-z0-9_-]+$"]]);
  });

  test("required members: name and the path members", () => {
    expectProblems(v({ name: "n" }), [
      ["/group_id", "required", "/group_id: is required"],
      ["/instance_id", "required", "/instance_id: is required"],
      ["/project_id", "required", "/project_id: is required"],
      ["/response_id", "required", "/response_id: is required"],
    ]);
    expectProblems(v(gatewayResponse({ name: undefined })), [["/name", "required", "/name: is required"]]);
  });

  test("output: unknown members allowed, constraints still enforced", () => {
    const out = (value: unknown) => run(huawei, "validateUpdateGatewayResponseResponse", value);
    expectProblems(out({ name: "x", later_field: 1, responses: { THROTTLED: { status: 429, default: false, extra: 1 } } }), []);
    expectProblems(out({ responses: { THROTTLED: { status: 444 } } }), [["/responses/THROTTLED/status", "excluded", "/responses/THROTTLED/status: must be between 200 and 599 and not 444"]]);
  });
});

describe("Huawei UpdateCustomAuthorizer", () => {
  const v = (value: unknown) => run(huawei, "validateUpdateCustomAuthorizerRequest", value);

  test("name: 3..64 characters, starting with a letter", () => {
    expectProblems(v(authorizer({ name: "ab" })), [["/name", "minLength", "/name: must be 3 to 64 characters long"]]);
    expectProblems(v(authorizer({ name: "A".repeat(65) })), [["/name", "maxLength", "/name: must be 3 to 64 characters long"]]);
    expectProblems(v(authorizer({ name: "1abc" })), [["/name", "pattern", "/name: must match the pattern ^[A-Za-z][A-Za-z0-9_]*$"]]);
    expectProblems(v(authorizer({ name: "abc" })), []);
  });

  test("authorizer_version: at most 64 characters, counted in code points", () => {
    expectProblems(v(authorizer({ authorizer_version: "v".repeat(65) })), [["/authorizer_version", "maxLength", "/authorizer_version: must be at most 64 characters long"]]);
    // 64 astral characters are 128 UTF-16 units but 64 characters, as JSON Schema counts.
    expectProblems(v(authorizer({ authorizer_version: "😀".repeat(64) })), []);
    expectProblems(v(authorizer({ authorizer_version: "😀".repeat(65) })), [["/authorizer_version", "maxLength", "/authorizer_version: must be at most 64 characters long"]]);
  });

  test("enums: type, authorizer_type, network_type", () => {
    expectProblems(v(authorizer({ type: "SIDEWAYS" })), [["/type", "enum", "/type: must be one of FRONTEND, BACKEND"]]);
    expectProblems(v(authorizer({ authorizer_type: "LAMBDA" })), [["/authorizer_type", "enum", "/authorizer_type: must be one of FUNC"]]);
    expectProblems(v(authorizer({ network_type: "V3" })), [["/network_type", "enum", "/network_type: must be one of V1, V2"]]);
    expectProblems(v(authorizer({ network_type: 1 })), [["/network_type", "type", "/network_type: must be a string"]]);
  });

  test("required: type, authorizer_type, authorizer_uri", () => {
    expectProblems(v(authorizer({ type: undefined, authorizer_type: undefined, authorizer_uri: undefined })), [
      ["/authorizer_type", "required", "/authorizer_type: is required"],
      ["/authorizer_uri", "required", "/authorizer_uri: is required"],
      ["/type", "required", "/type: is required"],
    ]);
  });

  test("identities: list of Identity (required name and location, IdentityLocation enum)", () => {
    expectProblems(v(authorizer({ identities: [{ name: "h", location: "HEADER" }, { location: "BODY" }] })), [
      ["/identities/1/location", "enum", "/identities/1/location: must be one of HEADER, QUERY"],
      ["/identities/1/name", "required", "/identities/1/name: is required"],
    ]);
    expectProblems(v(authorizer({ identities: {} })), [["/identities", "type", "/identities: must be an array"]]);
  });

  test("ttl integer, need_body boolean", () => {
    expectProblems(v(authorizer({ ttl: 1.5, need_body: "yes" })), [
      ["/need_body", "type", "/need_body: must be a boolean"],
      ["/ttl", "type", "/ttl: must be an integer"],
    ]);
  });

  test("Identity reached from an output allows unknown members; from an input it does not", () => {
    const out = run(huawei, "validateUpdateCustomAuthorizerResponse", { identities: [{ name: "h", location: "QUERY", extra: 1 }] });
    expectProblems(out, []);
    expectProblems(v(authorizer({ identities: [{ name: "h", location: "QUERY", extra: 1 }] })), [["/identities/0/extra", "unknownMember", "/identities/0/extra: is not a member of Identity"]]);
    // Validated on its own, Identity takes the input policy (an input reaches it).
    expectProblems(run(huawei, "validateIdentity", { name: "h", location: "QUERY", extra: 1 }), [["/extra", "unknownMember", "/extra: is not a member of Identity"]]);
  });
});

describe("AWS PutMethod", () => {
  const v = (value: unknown) => run(apigateway, "validatePutMethodRequest", value);

  test("required: restApiId, resourceId, httpMethod, authorizationType", () => {
    expectProblems(v({}), [
      ["/authorizationType", "required", "/authorizationType: is required"],
      ["/httpMethod", "required", "/httpMethod: is required"],
      ["/resourceId", "required", "/resourceId: is required"],
      ["/restApiId", "required", "/restApiId: is required"],
    ]);
  });

  test("authorizationType: documented values enforced; the client's lenient check lets a new one through", () => {
    expectProblems(v(putMethod({ authorizationType: "SOMETHING_NEW" })), [["/authorizationType", "enum", "/authorizationType: must be one of NONE, AWS_IAM, CUSTOM, COGNITO_USER_POOLS"]]);
    expectProblems(run(apigateway, "validatePutMethodRequestLenient", putMethod({ authorizationType: "SOMETHING_NEW" })), []);
  });

  test("maps: requestParameters values are booleans, requestModels values strings", () => {
    expectProblems(v(putMethod({ requestParameters: { "method.request.path.id": "yes" }, requestModels: { "application/json": 1 } })), [
      ["/requestModels/application~1json", "type", "/requestModels/application~1json: must be a string"],
      ["/requestParameters/method.request.path.id", "type", "/requestParameters/method.request.path.id: must be a boolean"],
    ]);
  });

  test("authorizationScopes: list of strings; apiKeyRequired boolean", () => {
    expectProblems(v(putMethod({ authorizationScopes: ["a", 2], apiKeyRequired: "true" })), [
      ["/apiKeyRequired", "type", "/apiKeyRequired: must be a boolean"],
      ["/authorizationScopes/1", "type", "/authorizationScopes/1: must be a string"],
    ]);
  });

  test("unknown members of an input are rejected, wire names included", () => {
    expectProblems(v(putMethod({ restapi_id: "r" })), [["/restapi_id", "unknownMember", "/restapi_id: is not a member of PutMethodRequest"]]);
  });

  test("output Method: MethodResponse statusCode pattern [1-5]\\d\\d", () => {
    const out = (value: unknown) => run(apigateway, "validateMethod", value);
    expectProblems(out({ methodResponses: { "200": { statusCode: "200" } } }), []);
    expectProblems(out({ methodResponses: { "600": { statusCode: "600" } } }), [["/methodResponses/600/statusCode", "pattern", "/methodResponses/600/statusCode: must match the pattern [1-5]\\d\\d"]]);
  });

  test("output Method: Integration timeoutInMillis 50..29000", () => {
    const out = (value: unknown) => run(apigateway, "validateMethod", value);
    const msg = "/methodIntegration/timeoutInMillis: must be between 50 and 29000";
    expectProblems(out({ methodIntegration: { timeoutInMillis: 49 } }), [["/methodIntegration/timeoutInMillis", "minimum", msg]]);
    expectProblems(out({ methodIntegration: { timeoutInMillis: 29001 } }), [["/methodIntegration/timeoutInMillis", "maximum", msg]]);
    expectProblems(out({ methodIntegration: { timeoutInMillis: 50 } }), []);
    expectProblems(out({ methodIntegration: { timeoutInMillis: 29000 } }), []);
  });

  test("output Method: Integration enums (type, connectionType, contentHandling)", () => {
    const out = (value: unknown) => run(apigateway, "validateMethod", value);
    expectProblems(out({ methodIntegration: { type: "SOAP", connectionType: "WIRE", contentHandling: "CONVERT" } }), [
      ["/methodIntegration/connectionType", "enum", "/methodIntegration/connectionType: must be one of INTERNET, VPC_LINK"],
      ["/methodIntegration/contentHandling", "enum", "/methodIntegration/contentHandling: must be one of CONVERT_TO_BINARY, CONVERT_TO_TEXT"],
      ["/methodIntegration/type", "enum", "/methodIntegration/type: must be one of HTTP, AWS, MOCK, HTTP_PROXY, AWS_PROXY"],
    ]);
  });
});

describe("AWS UpdateAccount", () => {
  test("patchOperations: PatchOperation.op enum", () => {
    expectProblems(run(apigateway, "validateUpdateAccountRequest", { patchOperations: [{ op: "replace", path: "/cloudwatchRoleArn", value: "arn" }, { op: "upsert" }] }), [
      ["/patchOperations/1/op", "enum", "/patchOperations/1/op: must be one of add, remove, replace, move, copy, test"],
    ]);
  });

  test("output Account: throttleSettings burstLimit integer, rateLimit finite number", () => {
    expectProblems(run(apigateway, "validateAccount", { throttleSettings: { burstLimit: 1.5, rateLimit: Infinity } }), [
      ["/throttleSettings/burstLimit", "type", "/throttleSettings/burstLimit: must be an integer"],
      ["/throttleSettings/rateLimit", "type", "/throttleSettings/rateLimit: must be a finite number"],
    ]);
    expectProblems(run(apigateway, "validateAccount", { throttleSettings: { burstLimit: 5000, rateLimit: 10000.5 } }), []);
  });
});

describe("AmplifyBackend UpdateBackendAPI", () => {
  const v = (value: unknown) => run(amplify, "validateUpdateBackendAPIRequest", value);

  test("required: AppId, BackendEnvironmentName, ResourceName", () => {
    expectProblems(v({ ResourceConfig: {} }), [
      ["/AppId", "required", "/AppId: is required"],
      ["/BackendEnvironmentName", "required", "/BackendEnvironmentName: is required"],
      ["/ResourceName", "required", "/ResourceName: is required"],
    ]);
  });

  test("nested: Mode and ResolutionStrategy enums, ExpirationTime number, every problem reported", () => {
    expectProblems(
      v(backendApi({
        ResourceConfig: {
          ConflictResolution: { ResolutionStrategy: "LAST_WRITER_WINS" },
          DefaultAuthType: { Mode: "PASSWORD", Settings: { ExpirationTime: "soon" } },
          AdditionalAuthTypes: [{ Mode: "API_KEY" }, { Mode: "AWS_IAM", Settings: { Unknown: 1 } }],
        },
      })),
      [
        ["/ResourceConfig/AdditionalAuthTypes/1/Settings/Unknown", "unknownMember", "/ResourceConfig/AdditionalAuthTypes/1/Settings/Unknown: is not a member of BackendAPIAppSyncAuthSettings"],
        ["/ResourceConfig/ConflictResolution/ResolutionStrategy", "enum", "/ResourceConfig/ConflictResolution/ResolutionStrategy: must be one of OPTIMISTIC_CONCURRENCY, LAMBDA, AUTOMERGE, NONE"],
        ["/ResourceConfig/DefaultAuthType/Mode", "enum", "/ResourceConfig/DefaultAuthType/Mode: must be one of API_KEY, AWS_IAM, AMAZON_COGNITO_USER_POOLS, OPENID_CONNECT"],
        ["/ResourceConfig/DefaultAuthType/Settings/ExpirationTime", "type", "/ResourceConfig/DefaultAuthType/Settings/ExpirationTime: must be a finite number"],
      ],
    );
  });

  test("the root must be an object", () => {
    expectProblems(v(null), [["", "type", "(root): must be an object"]]);
    expectProblems(v([]), [["", "type", "(root): must be an object"]]);
  });
});

describe("enums on their own", () => {
  test("validate<Enum>, check<Enum>, is<Enum>", () => {
    expectProblems(run(huawei, "validateNetworkType", "V3"), [["", "enum", "(root): must be one of V1, V2"]]);
    expectProblems(run(huawei, "validateNetworkType", 1), [["", "type", "(root): must be a string"]]);
    expect(huawei.checkNetworkType!("V2")).toBe(true);
    expect(huawei.isNetworkType!("v2")).toBe(false);
  });
});
