import {
  listenMock
} from "./runtime/mock/index.js";
import { validateUpdateBackendAPIRequest, validateUpdateBackendAPIResponse } from "./validators.js";
const mock = {
  id: "amplifybackend",
  title: "AmplifyBackend",
  vendor: "aws",
  protocol: "aws-rest-json",
  auth: { scheme: "sigv4", signingName: "amplifybackend" },
  unknownInputMembers: "reject",
  shapes: {
    BackendAPIAppSyncAuthSettings: {
      kind: "structure",
      members: [
        {
          name: "CognitoUserPoolId",
          wireName: "cognitoUserPoolId",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "Description",
          wireName: "description",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "ExpirationTime",
          wireName: "expirationTime",
          location: "body",
          type: { kind: "double" },
          required: false
        },
        {
          name: "OpenIDAuthTTL",
          wireName: "openIDAuthTTL",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "OpenIDClientId",
          wireName: "openIDClientId",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "OpenIDIatTTL",
          wireName: "openIDIatTTL",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "OpenIDIssueURL",
          wireName: "openIDIssueURL",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "OpenIDProviderName",
          wireName: "openIDProviderName",
          location: "body",
          type: { kind: "string" },
          required: false
        }
      ]
    },
    BackendAPIAuthType: {
      kind: "structure",
      members: [
        {
          name: "Mode",
          wireName: "mode",
          location: "body",
          type: { kind: "ref", name: "Mode" },
          required: false
        },
        {
          name: "Settings",
          wireName: "settings",
          location: "body",
          type: { kind: "ref", name: "BackendAPIAppSyncAuthSettings" },
          required: false
        }
      ]
    },
    BackendAPIConflictResolution: {
      kind: "structure",
      members: [
        {
          name: "ResolutionStrategy",
          wireName: "resolutionStrategy",
          location: "body",
          type: { kind: "ref", name: "ResolutionStrategy" },
          required: false
        }
      ]
    },
    BackendAPIResourceConfig: {
      kind: "structure",
      members: [
        {
          name: "AdditionalAuthTypes",
          wireName: "additionalAuthTypes",
          location: "body",
          type: { kind: "list", items: { kind: "ref", name: "BackendAPIAuthType" } },
          required: false
        },
        {
          name: "ApiName",
          wireName: "apiName",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "ConflictResolution",
          wireName: "conflictResolution",
          location: "body",
          type: { kind: "ref", name: "BackendAPIConflictResolution" },
          required: false
        },
        {
          name: "DefaultAuthType",
          wireName: "defaultAuthType",
          location: "body",
          type: { kind: "ref", name: "BackendAPIAuthType" },
          required: false
        },
        {
          name: "Service",
          wireName: "service",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "TransformSchema",
          wireName: "transformSchema",
          location: "body",
          type: { kind: "string" },
          required: false
        }
      ]
    },
    Mode: {
      kind: "enum",
      values: ["API_KEY", "AWS_IAM", "AMAZON_COGNITO_USER_POOLS", "OPENID_CONNECT"]
    },
    ResolutionStrategy: {
      kind: "enum",
      values: ["OPTIMISTIC_CONCURRENCY", "LAMBDA", "AUTOMERGE", "NONE"]
    },
    UpdateBackendAPIRequest: {
      kind: "structure",
      members: [
        {
          name: "AppId",
          wireName: "appId",
          location: "path",
          type: { kind: "string" },
          required: true
        },
        {
          name: "BackendEnvironmentName",
          wireName: "backendEnvironmentName",
          location: "path",
          type: { kind: "string" },
          required: true
        },
        {
          name: "ResourceConfig",
          wireName: "resourceConfig",
          location: "body",
          type: { kind: "ref", name: "BackendAPIResourceConfig" },
          required: false
        },
        {
          name: "ResourceName",
          wireName: "resourceName",
          location: "body",
          type: { kind: "string" },
          required: true
        }
      ]
    },
    UpdateBackendAPIResponse: {
      kind: "structure",
      members: [
        {
          name: "AppId",
          wireName: "appId",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "BackendEnvironmentName",
          wireName: "backendEnvironmentName",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "Error",
          wireName: "error",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "JobId",
          wireName: "jobId",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "Operation",
          wireName: "operation",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "Status",
          wireName: "status",
          location: "body",
          type: { kind: "string" },
          required: false
        }
      ]
    }
  },
  operations: [
    {
      name: "UpdateBackendAPI",
      method: "POST",
      path: "/backend/{appId}/api/{backendEnvironmentName}",
      successStatus: 200,
      input: "UpdateBackendAPIRequest",
      output: "UpdateBackendAPIResponse",
      validateInput: validateUpdateBackendAPIRequest,
      validateOutput: validateUpdateBackendAPIResponse,
      errors: [
        {
          name: "BadRequestException",
          status: 400,
          code: "BadRequestException",
          documentation: "An error returned if a request is not formed properly.",
          members: [
            {
              name: "Message",
              wireName: "message",
              location: "body",
              type: { kind: "string" },
              required: false
            }
          ]
        },
        {
          name: "GatewayTimeoutException",
          status: 504,
          code: "GatewayTimeoutException",
          documentation: "An error returned if there's a temporary issue with the service.",
          members: [
            {
              name: "Message",
              wireName: "message",
              location: "body",
              type: { kind: "string" },
              required: false
            }
          ]
        },
        {
          name: "NotFoundException",
          status: 404,
          code: "NotFoundException",
          documentation: "An error returned when a specific resource type is not found.",
          members: [
            {
              name: "Message",
              wireName: "message",
              location: "body",
              type: { kind: "string" },
              required: false
            },
            {
              name: "ResourceType",
              wireName: "resourceType",
              location: "body",
              type: { kind: "string" },
              required: false
            }
          ]
        },
        {
          name: "TooManyRequestsException",
          status: 429,
          code: "TooManyRequestsException",
          documentation: "An error that is returned when a limit of a specific type has been exceeded.",
          members: [
            {
              name: "LimitType",
              wireName: "limitType",
              location: "body",
              type: { kind: "string" },
              required: false
            },
            {
              name: "Message",
              wireName: "message",
              location: "body",
              type: { kind: "string" },
              required: false
            }
          ]
        }
      ],
      examples: [],
      state: {
        resource: "BackendAPI",
        key: ["AppId", "BackendEnvironmentName", "ResourceName"],
        action: "upsert",
        readOnlyPaths: [],
        echo: []
      }
    }
  ]
};
function listen(options = {}) {
  return listenMock([mock], options);
}
export {
  listen,
  mock
};
