/** Error answers -> the documented error class, for both vendors. */
import { describe, expect, it } from "vitest";
import { ServiceError, type ServiceErrorInit } from "../../../src/runtime/client/errors.js";
import type { ClientWiring } from "../../../src/runtime/client/options.js";
import { resolveError, toServiceError } from "../../../src/runtime/client/service-error.js";
import { protocolFor } from "../../support/protocols.js";
import { decodeServiceTable } from "../../../src/runtime/table/decode.js";
import { HuaweiApigServiceError, NotFoundError, ApiGatewayServiceError, LimitExceededException, NotFoundException, TooManyRequestsException } from "../helpers/clients.js";
import { realTable } from "../helpers/real-specs.js";

const aws = decodeServiceTable(realTable("apigateway"));
const hw = decodeServiceTable(realTable("huawei-apig"));
const wiring = (errors: ClientWiring["errors"], serviceError: ClientWiring["serviceError"]): ClientWiring => ({ protocol: protocolFor("aws-rest-json"), errors, serviceError, authenticate: async (r) => r });
const awsCtx = { service: aws, protocol: protocolFor("aws-rest-json"), wiring: wiring({ NotFoundException, TooManyRequestsException, LimitExceededException }, ApiGatewayServiceError) };
const hwCtx = { service: hw, protocol: protocolFor("huawei-rest-json"), wiring: wiring({ NotFoundError }, HuaweiApigServiceError) };
const putMethod = aws.operations.get("PutMethod")!;
const authorizer = hw.operations.get("UpdateCustomAuthorizer")!;
const res = (status: number, headers: Record<string, string> = {}, body?: unknown) => ({ status, headers: new Headers(headers), body });

describe("resolveError", () => {
  it("picks the error by code, then by a status only one of the operation's errors has", () => {
    expect(resolveError(aws, putMethod, 429, "LimitExceededException")?.name).toBe("LimitExceededException");
    expect(resolveError(aws, putMethod, 404, undefined)?.name).toBe("NotFoundException");
    expect(resolveError(aws, putMethod, 429, undefined)).toBeUndefined();
    expect(resolveError(aws, putMethod, 418, "Teapot")).toBeUndefined();
  });

  it("Huawei: the operation's own code, a service-wide code, then the only error with the status", () => {
    expect(resolveError(hw, authorizer, 404, "APIG.3081")?.name).toBe("NotFoundError");
    expect(resolveError(hw, authorizer, 400, "APIG.2011")?.name).toBe("BadRequestError");
    // Another 404 code still is the operation's only 404.
    expect(resolveError(hw, authorizer, 404, "APIG.3001")?.name).toBe("NotFoundError");
    expect(resolveError(hw, authorizer, 409, "APIG.1")).toBeUndefined();
  });
});

describe("toServiceError", () => {
  it("builds the typed error with status, code, message, request id, body, data and retry flag", () => {
    const e = toServiceError(awsCtx, putMethod, res(429, { "x-amzn-errortype": "TooManyRequestsException", "retry-after": "7", "x-amzn-requestid": "rid" }, { message: "slow" }), true);
    expect(e).toBeInstanceOf(TooManyRequestsException);
    expect(e).toBeInstanceOf(ApiGatewayServiceError);
    expect(e).toMatchObject({ name: "TooManyRequestsException", status: 429, code: "TooManyRequestsException", message: "slow", requestId: "rid", body: { message: "slow" }, data: { retryAfterSeconds: "7", message: "slow" }, retryable: true, operation: "PutMethod" });
    expect(e.headers).toMatchObject({ "retry-after": "7", "x-amzn-requestid": "rid" });
  });

  it("documented retryable errors are retryable whatever their status", () => {
    expect(toServiceError(awsCtx, putMethod, res(400, { "x-amzn-errortype": "LimitExceededException" }, {}), false).retryable).toBe(true);
  });

  it("answers nothing documented matches become the generic class, named after the service", () => {
    const g = toServiceError(awsCtx, putMethod, { ...res(418, {}, "oops"), statusText: "I'm a teapot" }, false);
    expect(g.constructor).toBe(ApiGatewayServiceError);
    expect(g).toMatchObject({ name: "ApiGatewayServiceError", status: 418, message: "PutMethod failed with HTTP 418 I'm a teapot", body: "oops", data: {} });
  });

  it("a documented error without a class of its own still carries its name", () => {
    const e = toServiceError(awsCtx, putMethod, res(409, { "x-amzn-errortype": "ConflictException" }, { message: "exists" }), false);
    expect(e.constructor).toBe(ApiGatewayServiceError);
    expect(e).toMatchObject({ name: "ConflictException", data: { message: "exists" } });
  });

  it("Huawei: reads error_code, error_msg and X-Request-Id", () => {
    const e = toServiceError(hwCtx, authorizer, res(404, { "X-Request-Id": "abc" }, { error_code: "APIG.3081", error_msg: "authorizer not found" }), false);
    expect(e).toBeInstanceOf(NotFoundError);
    expect(e).toMatchObject({ status: 404, code: "APIG.3081", message: "authorizer not found", requestId: "abc", data: { error_code: "APIG.3081", error_msg: "authorizer not found" } });
    expect(toServiceError(hwCtx, authorizer, res(409, {}, { error_code: "APIG.1", error_msg: "x", request_id: "b" }), false)).toMatchObject({ requestId: "b", name: "HuaweiApigServiceError" });
  });

  it("keeps hostile response header names as plain data", () => {
    const headers = { get: () => null, forEach: (cb: (v: string, k: string) => void) => cb("x", "__proto__") };
    const e = toServiceError(hwCtx, authorizer, { status: 500, headers, body: undefined }, true);
    expect(Object.keys(e.headers)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(e.headers)).toBe(Object.prototype);
  });
});

describe("ServiceError", () => {
  it("takes its name from the table so minified class names do not leak", () => {
    const init: ServiceErrorInit = { name: "X", status: 1, code: undefined, message: "m", requestId: undefined, body: undefined, data: {}, headers: {}, operation: "Op", retryable: false };
    expect(new NotFoundException(init).name).toBe("X");
    expect(new NotFoundException(init)).toBeInstanceOf(ServiceError);
  });
});
