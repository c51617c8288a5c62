import { ClientCore } from "./runtime/client/core.js";
import { ServiceError } from "./runtime/client/errors.js";
import { tokenAuth } from "./runtime/client/token.js";
import {
  ServiceError as ServiceError2,
  NetworkError,
  TimeoutError,
  InputValidationError
} from "./runtime/client/errors.js";
class HuaweiApigServiceError extends ServiceError {
}
class BadRequestError extends HuaweiApigServiceError {
}
class ForbiddenError extends HuaweiApigServiceError {
}
class InternalServerError extends HuaweiApigServiceError {
}
class NotFoundError extends HuaweiApigServiceError {
}
class UnauthorizedError extends HuaweiApigServiceError {
}
const SHAPES = {
  Identity: ["name", "location", "validation"],
  ResponseInfo: ["status", "body"],
  ResponseInfoResp: ["status", "body", "default"]
};
const TABLE = {
  protocol: "huawei-rest-json",
  shapes: SHAPES,
  errors: {
    BadRequestError: {
      ctor: BadRequestError,
      members: ["error_code", "error_msg"],
      retryable: false
    },
    ForbiddenError: {
      ctor: ForbiddenError,
      members: ["error_code", "error_msg"],
      retryable: false
    },
    InternalServerError: {
      ctor: InternalServerError,
      members: ["error_code", "error_msg"],
      retryable: false
    },
    NotFoundError: { ctor: NotFoundError, members: ["error_code", "error_msg"], retryable: false },
    UnauthorizedError: {
      ctor: UnauthorizedError,
      members: ["error_code", "error_msg"],
      retryable: false
    }
  },
  generic: HuaweiApigServiceError,
  genericName: "HuaweiApigServiceError"
};
const OP_UpdateCustomAuthorizer = {
  name: "UpdateCustomAuthorizer",
  method: "PUT",
  path: "/v2/{project_id}/apigw/instances/{instance_id}/authorizers/{authorizer_id}",
  status: 200,
  input: [
    ["project_id", "project_id", 0, "path"],
    ["instance_id", "instance_id", 0, "path"],
    ["authorizer_id", "authorizer_id", 0, "path"],
    "name",
    "type",
    "authorizer_type",
    "authorizer_uri",
    "network_type",
    "authorizer_version",
    "authorizer_alias_uri",
    ["identities", "identities", ["l", "Identity"], "body"],
    "ttl",
    "user_data",
    "ld_api_id",
    "need_body"
  ],
  output: [
    "name",
    "type",
    "authorizer_type",
    "authorizer_uri",
    "network_type",
    "authorizer_version",
    "authorizer_alias_uri",
    ["identities", "identities", ["l", "Identity"], "body"],
    "ttl",
    "user_data",
    "ld_api_id",
    "need_body",
    "id",
    "create_time",
    "roma_app_id",
    "roma_app_name"
  ],
  errors: [
    { name: "BadRequestError", status: 400, code: "APIG.2011" },
    { name: "ForbiddenError", status: 403, code: "APIG.1005" },
    { name: "InternalServerError", status: 500, code: "APIG.9999" },
    { name: "NotFoundError", status: 404, code: "APIG.3081" },
    { name: "UnauthorizedError", status: 401, code: "APIG.1002" }
  ],
  validator: "validateUpdateCustomAuthorizerRequest"
};
const OP_UpdateGatewayResponse = {
  name: "UpdateGatewayResponse",
  method: "PUT",
  path: "/v2/{project_id}/apigw/instances/{instance_id}/api-groups/{group_id}/gateway-responses/{response_id}",
  status: 200,
  input: [
    ["project_id", "project_id", 0, "path"],
    ["instance_id", "instance_id", 0, "path"],
    ["group_id", "group_id", 0, "path"],
    ["response_id", "response_id", 0, "path"],
    "name",
    ["responses", "responses", ["m", "ResponseInfo"], "body"]
  ],
  output: [
    "name",
    ["responses", "responses", ["m", "ResponseInfoResp"], "body"],
    "id",
    "default",
    "create_time",
    "update_time"
  ],
  errors: [
    { name: "BadRequestError", status: 400, code: "APIG.2011" },
    { name: "ForbiddenError", status: 403, code: "APIG.1005" },
    { name: "InternalServerError", status: 500, code: "APIG.9999" },
    { name: "NotFoundError", status: 404, code: "APIG.3001" },
    { name: "UnauthorizedError", status: 401, code: "APIG.1002" }
  ],
  validator: "validateUpdateGatewayResponseRequest"
};
class HuaweiApigClient {
  #core;
  constructor(options) {
    this.#core = new ClientCore(TABLE, {
      ...options,
      authenticate: tokenAuth("X-Auth-Token", options.token)
    });
  }
  /**
   * This API is used to modify a custom authorizer.
   *
   * `PUT /v2/{project_id}/apigw/instances/{instance_id}/authorizers/{authorizer_id}` → 200
   *
   * @throws {@link BadRequestError} HTTP 400: Bad Request
   * @throws {@link ForbiddenError} HTTP 403: Forbidden
   * @throws {@link InternalServerError} HTTP 500: Internal Server Error
   * @throws {@link NotFoundError} HTTP 404: Not Found
   * @throws {@link UnauthorizedError} HTTP 401: Unauthorized
   * @throws {@link HuaweiApigServiceError} for undocumented answers; NetworkError, TimeoutError or the signal's reason when no answer arrives.
   */
  updateCustomAuthorizer(input, options) {
    return this.#core.send(OP_UpdateCustomAuthorizer, input, options);
  }
  /**
   * This API is used to modify a response of an API group.
   *
   * `PUT /v2/{project_id}/apigw/instances/{instance_id}/api-groups/{group_id}/gateway-responses/{response_id}` → 200
   *
   * @throws {@link BadRequestError} HTTP 400: Bad Request
   * @throws {@link ForbiddenError} HTTP 403: Forbidden
   * @throws {@link InternalServerError} HTTP 500: Internal Server Error
   * @throws {@link NotFoundError} HTTP 404: Not Found
   * @throws {@link UnauthorizedError} HTTP 401: Unauthorized
   * @throws {@link HuaweiApigServiceError} for undocumented answers; NetworkError, TimeoutError or the signal's reason when no answer arrives.
   */
  updateGatewayResponse(input, options) {
    return this.#core.send(OP_UpdateGatewayResponse, input, options);
  }
}
export {
  BadRequestError,
  ForbiddenError,
  HuaweiApigClient,
  HuaweiApigServiceError,
  InputValidationError,
  InternalServerError,
  NetworkError,
  NotFoundError,
  ServiceError2 as ServiceError,
  TimeoutError,
  UnauthorizedError
};
