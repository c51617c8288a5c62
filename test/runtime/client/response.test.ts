import { describe, expect, it } from "vitest";
import { ServiceError, type ServiceErrorInit } from "../../../src/runtime/client/errors.js";
import { errorFacts, resolveErrorName, toServiceError, type ServiceTable } from "../../../src/runtime/client/response.js";
import type { OperationSpec } from "../../../src/runtime/client/schema.js";

class Generic extends ServiceError {}
class NotFound extends Generic {}
class Throttled extends Generic {}
class Limit extends Generic {}

const awsTable: ServiceTable = {
  protocol: "aws-rest-json",
  shapes: {},
  errors: {
    NotFoundException: { ctor: NotFound, members: [["message", "message", 0, "body"]], retryable: false },
    TooManyRequestsException: { ctor: Throttled, members: [["retryAfterSeconds", "Retry-After", 0, "header"]], retryable: true },
    LimitExceededException: { ctor: Limit, members: [], retryable: true },
  },
  generic: Generic,
  genericName: "SvcServiceError",
};
const spec: OperationSpec = {
  name: "Op",
  method: "GET",
  path: "/",
  status: 200,
  input: [],
  output: [],
  errors: [
    { name: "NotFoundException", status: 404, code: "NotFoundException" },
    { name: "TooManyRequestsException", status: 429, code: "TooManyRequestsException" },
    { name: "LimitExceededException", status: 429, code: "LimitExceededException" },
  ],
};
const res = (status: number, headers: Record<string, string> = {}) => ({ status, headers: new Headers(headers) });

describe("AWS error wire format", () => {
  it("reads the type from x-amzn-ErrorType, then body code/__type, stripping URL and namespace", () => {
    expect(errorFacts("aws-rest-json", {}, res(404, { "x-amzn-ErrorType": "NotFoundException:http://internal.amazon.com/" })).code).toBe("NotFoundException");
    expect(errorFacts("aws-rest-json", { __type: "com.amazon#LimitExceededException" }, res(429)).code).toBe("LimitExceededException");
    expect(errorFacts("aws-rest-json", { code: "X", Message: "m" }, res(400, { "x-amzn-RequestId": "r1" }))).toEqual({ code: "X", message: "m", requestId: "r1" });
  });

  it("picks the class by code, then by a status only one documented error has, else the generic class", () => {
    expect(resolveErrorName(spec, awsTable, 429, "LimitExceededException")).toBe("LimitExceededException");
    expect(resolveErrorName(spec, awsTable, 404, undefined)).toBe("NotFoundException");
    expect(resolveErrorName(spec, awsTable, 429, undefined)).toBeUndefined();
    expect(resolveErrorName(spec, awsTable, 418, "Teapot")).toBeUndefined();
  });

  it("builds the typed error with status, code, message, request id, body and data", () => {
    const e = toServiceError(spec, awsTable, { message: "slow" }, res(429, { "x-amzn-errortype": "TooManyRequestsException", "retry-after": "7", "x-amzn-requestid": "rid" }), true);
    expect(e).toBeInstanceOf(Throttled);
    expect(e).toBeInstanceOf(Generic);
    expect(e).toMatchObject({ name: "TooManyRequestsException", status: 429, code: "TooManyRequestsException", message: "slow", requestId: "rid", body: { message: "slow" }, data: { retryAfterSeconds: "7" }, retryable: true, operation: "Op" });
    const g = toServiceError(spec, awsTable, "oops", res(418), false);
    expect(g.constructor).toBe(Generic);
    expect(g).toMatchObject({ name: "SvcServiceError", status: 418, message: "Op failed with HTTP 418", body: "oops" });
  });
});

describe("Huawei error wire format", () => {
  const huawei: ServiceTable = { ...awsTable, protocol: "huawei-rest-json", errors: { NotFoundError: { ctor: NotFound, members: [["error_code", "error_code", 0, "body"], ["error_msg", "error_msg", 0, "body"]], retryable: false } } };
  const op: OperationSpec = { ...spec, errors: [{ name: "NotFoundError", status: 404, code: "APIG.3081" }] };

  it("reads error_code, error_msg and X-Request-Id, and maps by code or status", () => {
    const e = toServiceError(op, huawei, { error_code: "APIG.3081", error_msg: "authorizer not found" }, res(404, { "X-Request-Id": "abc" }), false);
    expect(e).toBeInstanceOf(NotFound);
    expect(e).toMatchObject({ status: 404, code: "APIG.3081", message: "authorizer not found", requestId: "abc", data: { error_code: "APIG.3081", error_msg: "authorizer not found" } });
    // Another 404 code still is the operation's only 404.
    expect(toServiceError(op, huawei, { error_code: "APIG.3001", error_msg: "x" }, res(404), false)).toBeInstanceOf(NotFound);
    expect(toServiceError(op, huawei, { error_code: "APIG.1", error_msg: "x", request_id: "b" }, res(400), false)).toMatchObject({ requestId: "b", name: "SvcServiceError" });
  });

  it("keeps hostile response header names as plain data", () => {
    const headers = { get: () => null, forEach: (cb: (v: string, k: string) => void) => cb("x", "__proto__") };
    const e = toServiceError(op, huawei, undefined, { status: 500, headers }, true);
    expect(Object.keys(e.headers)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(e.headers)).toBe(Object.prototype);
  });
});

describe("ServiceError", () => {
  it("takes its name from the table so minified class names do not leak", () => {
    const init: ServiceErrorInit = { name: "X", status: 1, code: undefined, message: "m", requestId: undefined, body: undefined, data: {}, headers: {}, operation: "Op", retryable: false };
    expect(new NotFound(init).name).toBe("X");
  });
});
