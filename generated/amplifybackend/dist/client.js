import { ClientCore } from "./runtime/client/core.js";
import { ServiceError } from "./runtime/client/errors.js";
import { sigv4Auth } from "./runtime/client/sigv4.js";
import {
  ServiceError as ServiceError2,
  NetworkError,
  TimeoutError,
  InputValidationError
} from "./runtime/client/errors.js";
class AmplifyBackendServiceError extends ServiceError {
}
class BadRequestException extends AmplifyBackendServiceError {
}
class GatewayTimeoutException extends AmplifyBackendServiceError {
}
class NotFoundException extends AmplifyBackendServiceError {
}
class TooManyRequestsException extends AmplifyBackendServiceError {
}
const SHAPES = {
  BackendAPIAppSyncAuthSettings: [
    ["CognitoUserPoolId", "cognitoUserPoolId", 0],
    ["Description", "description", 0],
    ["ExpirationTime", "expirationTime", 0],
    ["OpenIDAuthTTL", "openIDAuthTTL", 0],
    ["OpenIDClientId", "openIDClientId", 0],
    ["OpenIDIatTTL", "openIDIatTTL", 0],
    ["OpenIDIssueURL", "openIDIssueURL", 0],
    ["OpenIDProviderName", "openIDProviderName", 0]
  ],
  BackendAPIAuthType: [
    ["Mode", "mode", 0],
    ["Settings", "settings", "BackendAPIAppSyncAuthSettings"]
  ],
  BackendAPIConflictResolution: [["ResolutionStrategy", "resolutionStrategy", 0]],
  BackendAPIResourceConfig: [
    ["AdditionalAuthTypes", "additionalAuthTypes", ["l", "BackendAPIAuthType"]],
    ["ApiName", "apiName", 0],
    ["ConflictResolution", "conflictResolution", "BackendAPIConflictResolution"],
    ["DefaultAuthType", "defaultAuthType", "BackendAPIAuthType"],
    ["Service", "service", 0],
    ["TransformSchema", "transformSchema", 0]
  ]
};
const TABLE = {
  protocol: "aws-rest-json",
  shapes: SHAPES,
  errors: {
    BadRequestException: {
      ctor: BadRequestException,
      members: [["Message", "message", 0, "body"]],
      retryable: false
    },
    GatewayTimeoutException: {
      ctor: GatewayTimeoutException,
      members: [["Message", "message", 0, "body"]],
      retryable: false
    },
    NotFoundException: {
      ctor: NotFoundException,
      members: [
        ["Message", "message", 0, "body"],
        ["ResourceType", "resourceType", 0, "body"]
      ],
      retryable: false
    },
    TooManyRequestsException: {
      ctor: TooManyRequestsException,
      members: [
        ["LimitType", "limitType", 0, "body"],
        ["Message", "message", 0, "body"]
      ],
      retryable: true
    }
  },
  generic: AmplifyBackendServiceError,
  genericName: "AmplifyBackendServiceError"
};
const OP_UpdateBackendAPI = {
  name: "UpdateBackendAPI",
  method: "POST",
  path: "/backend/{appId}/api/{backendEnvironmentName}",
  status: 200,
  input: [
    ["AppId", "appId", 0, "path"],
    ["BackendEnvironmentName", "backendEnvironmentName", 0, "path"],
    ["ResourceName", "resourceName", 0, "body"],
    ["ResourceConfig", "resourceConfig", "BackendAPIResourceConfig", "body"]
  ],
  output: [
    ["AppId", "appId", 0, "body"],
    ["BackendEnvironmentName", "backendEnvironmentName", 0, "body"],
    ["Error", "error", 0, "body"],
    ["JobId", "jobId", 0, "body"],
    ["Operation", "operation", 0, "body"],
    ["Status", "status", 0, "body"]
  ],
  errors: [
    { name: "BadRequestException", status: 400, code: "BadRequestException" },
    { name: "GatewayTimeoutException", status: 504, code: "GatewayTimeoutException" },
    { name: "NotFoundException", status: 404, code: "NotFoundException" },
    { name: "TooManyRequestsException", status: 429, code: "TooManyRequestsException" }
  ],
  validator: "validateUpdateBackendAPIRequest"
};
class AmplifyBackendClient {
  #core;
  constructor(options) {
    this.#core = new ClientCore(TABLE, {
      ...options,
      endpoint: options.endpoint ?? "https://amplifybackend." + options.region + ".amazonaws.com",
      authenticate: sigv4Auth({
        region: options.region,
        service: "amplifybackend",
        credentials: options.credentials
      })
    });
  }
  /**
   * Updates an existing backend API resource.
   *
   * `POST /backend/{appId}/api/{backendEnvironmentName}` → 200
   *
   * @throws {@link BadRequestException} HTTP 400: An error returned if a request is not formed properly.
   * @throws {@link GatewayTimeoutException} HTTP 504: An error returned if there's a temporary issue with the service.
   * @throws {@link NotFoundException} HTTP 404: An error returned when a specific resource type is not found.
   * @throws {@link TooManyRequestsException} HTTP 429: An error that is returned when a limit of a specific type has been exceeded.
   * @throws {@link AmplifyBackendServiceError} for undocumented answers; NetworkError, TimeoutError or the signal's reason when no answer arrives.
   */
  updateBackendAPI(input, options) {
    return this.#core.send(OP_UpdateBackendAPI, input, options);
  }
}
export {
  AmplifyBackendClient,
  AmplifyBackendServiceError,
  BadRequestException,
  GatewayTimeoutException,
  InputValidationError,
  NetworkError,
  NotFoundException,
  ServiceError2 as ServiceError,
  TimeoutError,
  TooManyRequestsException
};
