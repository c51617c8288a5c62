import { ClientCore } from "./runtime/client/core.js";
import { ServiceError } from "./runtime/client/errors.js";
import { sigv4Auth } from "./runtime/client/sigv4.js";
import {
  ServiceError as ServiceError2,
  NetworkError,
  TimeoutError,
  InputValidationError
} from "./runtime/client/errors.js";
class ApiGatewayServiceError extends ServiceError {
}
class BadRequestException extends ApiGatewayServiceError {
}
class ConflictException extends ApiGatewayServiceError {
}
class LimitExceededException extends ApiGatewayServiceError {
}
class NotFoundException extends ApiGatewayServiceError {
}
class TooManyRequestsException extends ApiGatewayServiceError {
}
class UnauthorizedException extends ApiGatewayServiceError {
}
const SHAPES = {
  Integration: [
    "type",
    "httpMethod",
    "uri",
    "connectionType",
    "connectionId",
    "credentials",
    ["requestParameters", "requestParameters", ["m", 0]],
    ["requestTemplates", "requestTemplates", ["m", 0]],
    "passthroughBehavior",
    "contentHandling",
    "timeoutInMillis",
    "cacheNamespace",
    ["cacheKeyParameters", "cacheKeyParameters", ["l", 0]],
    ["integrationResponses", "integrationResponses", ["m", "IntegrationResponse"]],
    ["tlsConfig", "tlsConfig", "TlsConfig"]
  ],
  IntegrationResponse: [
    "statusCode",
    "selectionPattern",
    ["responseParameters", "responseParameters", ["m", 0]],
    ["responseTemplates", "responseTemplates", ["m", 0]],
    "contentHandling"
  ],
  MethodResponse: [
    "statusCode",
    ["responseParameters", "responseParameters", ["m", 0]],
    ["responseModels", "responseModels", ["m", 0]]
  ],
  PatchOperation: ["op", "path", "value", "from"],
  ThrottleSettings: ["burstLimit", "rateLimit"],
  TlsConfig: ["insecureSkipVerification"]
};
const TABLE = {
  protocol: "aws-rest-json",
  shapes: SHAPES,
  errors: {
    BadRequestException: { ctor: BadRequestException, members: ["message"], retryable: false },
    ConflictException: { ctor: ConflictException, members: ["message"], retryable: false },
    LimitExceededException: {
      ctor: LimitExceededException,
      members: [["retryAfterSeconds", "Retry-After", 0, "header"], "message"],
      retryable: true
    },
    NotFoundException: { ctor: NotFoundException, members: ["message"], retryable: false },
    TooManyRequestsException: {
      ctor: TooManyRequestsException,
      members: [["retryAfterSeconds", "Retry-After", 0, "header"], "message"],
      retryable: true
    },
    UnauthorizedException: { ctor: UnauthorizedException, members: ["message"], retryable: false }
  },
  generic: ApiGatewayServiceError,
  genericName: "ApiGatewayServiceError"
};
const OP_PutMethod = {
  name: "PutMethod",
  method: "PUT",
  path: "/restapis/{restapi_id}/resources/{resource_id}/methods/{http_method}",
  status: 201,
  input: [
    ["restApiId", "restapi_id", 0, "path"],
    ["resourceId", "resource_id", 0, "path"],
    ["httpMethod", "http_method", 0, "path"],
    "authorizationType",
    "authorizerId",
    "apiKeyRequired",
    "operationName",
    ["requestParameters", "requestParameters", ["m", 0], "body"],
    ["requestModels", "requestModels", ["m", 0], "body"],
    "requestValidatorId",
    ["authorizationScopes", "authorizationScopes", ["l", 0], "body"]
  ],
  output: [
    "httpMethod",
    "authorizationType",
    "authorizerId",
    "apiKeyRequired",
    "requestValidatorId",
    "operationName",
    ["requestParameters", "requestParameters", ["m", 0], "body"],
    ["requestModels", "requestModels", ["m", 0], "body"],
    ["methodResponses", "methodResponses", ["m", "MethodResponse"], "body"],
    ["methodIntegration", "methodIntegration", "Integration", "body"],
    ["authorizationScopes", "authorizationScopes", ["l", 0], "body"]
  ],
  errors: [
    { name: "BadRequestException", status: 400, code: "BadRequestException" },
    { name: "ConflictException", status: 409, code: "ConflictException" },
    { name: "LimitExceededException", status: 429, code: "LimitExceededException" },
    { name: "NotFoundException", status: 404, code: "NotFoundException" },
    { name: "TooManyRequestsException", status: 429, code: "TooManyRequestsException" },
    { name: "UnauthorizedException", status: 401, code: "UnauthorizedException" }
  ],
  validator: "validatePutMethodRequest"
};
const OP_UpdateAccount = {
  name: "UpdateAccount",
  method: "PATCH",
  path: "/account",
  status: 200,
  input: [["patchOperations", "patchOperations", ["l", "PatchOperation"], "body"]],
  output: [
    "cloudwatchRoleArn",
    ["throttleSettings", "throttleSettings", "ThrottleSettings", "body"],
    ["features", "features", ["l", 0], "body"],
    "apiKeyVersion"
  ],
  errors: [
    { name: "BadRequestException", status: 400, code: "BadRequestException" },
    { name: "ConflictException", status: 409, code: "ConflictException" },
    { name: "LimitExceededException", status: 429, code: "LimitExceededException" },
    { name: "NotFoundException", status: 404, code: "NotFoundException" },
    { name: "TooManyRequestsException", status: 429, code: "TooManyRequestsException" },
    { name: "UnauthorizedException", status: 401, code: "UnauthorizedException" }
  ],
  validator: "validateUpdateAccountRequest"
};
class ApiGatewayClient {
  #core;
  constructor(options) {
    this.#core = new ClientCore(TABLE, {
      ...options,
      endpoint: options.endpoint ?? "https://apigateway." + options.region + ".amazonaws.com",
      authenticate: sigv4Auth({
        region: options.region,
        service: "apigateway",
        credentials: options.credentials
      })
    });
  }
  /**
   * Add a method to an existing Resource resource.
   *
   * `PUT /restapis/{restapi_id}/resources/{resource_id}/methods/{http_method}` → 201
   *
   * @throws {@link BadRequestException} HTTP 400: The submitted request is not valid, for example, the input is incomplete or incorrect.
   * @throws {@link ConflictException} HTTP 409: The request configuration has conflicts.
   * @throws {@link LimitExceededException} HTTP 429: The request exceeded the rate limit.
   * @throws {@link NotFoundException} HTTP 404: The requested resource is not found.
   * @throws {@link TooManyRequestsException} HTTP 429: The request has reached its throttling limit.
   * @throws {@link UnauthorizedException} HTTP 401: The request is denied because the caller has insufficient permissions.
   * @throws {@link ApiGatewayServiceError} for undocumented answers; NetworkError, TimeoutError or the signal's reason when no answer arrives.
   */
  putMethod(input, options) {
    return this.#core.send(OP_PutMethod, input, options);
  }
  /**
   * Changes information about the current Account resource.
   *
   * `PATCH /account` → 200
   *
   * @throws {@link BadRequestException} HTTP 400: The submitted request is not valid, for example, the input is incomplete or incorrect.
   * @throws {@link ConflictException} HTTP 409: The request configuration has conflicts.
   * @throws {@link LimitExceededException} HTTP 429: The request exceeded the rate limit.
   * @throws {@link NotFoundException} HTTP 404: The requested resource is not found.
   * @throws {@link TooManyRequestsException} HTTP 429: The request has reached its throttling limit.
   * @throws {@link UnauthorizedException} HTTP 401: The request is denied because the caller has insufficient permissions.
   * @throws {@link ApiGatewayServiceError} for undocumented answers; NetworkError, TimeoutError or the signal's reason when no answer arrives.
   */
  updateAccount(input = {}, options) {
    return this.#core.send(OP_UpdateAccount, input, options);
  }
}
export {
  ApiGatewayClient,
  ApiGatewayServiceError,
  BadRequestException,
  ConflictException,
  InputValidationError,
  LimitExceededException,
  NetworkError,
  NotFoundException,
  ServiceError2 as ServiceError,
  TimeoutError,
  TooManyRequestsException,
  UnauthorizedException
};
