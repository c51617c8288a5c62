import {
  listenMock
} from "./runtime/mock/index.js";
import {
  validateAccount,
  validateMethod,
  validatePutMethodRequest,
  validateUpdateAccountRequest
} from "./validators.js";
const mock = {
  id: "apigateway",
  title: "Amazon API Gateway",
  vendor: "aws",
  protocol: "aws-rest-json",
  auth: { scheme: "sigv4", signingName: "apigateway" },
  unknownInputMembers: "reject",
  shapes: {
    Account: {
      kind: "structure",
      members: [
        {
          name: "apiKeyVersion",
          wireName: "apiKeyVersion",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "cloudwatchRoleArn",
          wireName: "cloudwatchRoleArn",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "features",
          wireName: "features",
          location: "body",
          type: { kind: "list", items: { kind: "string" } },
          required: false
        },
        {
          name: "throttleSettings",
          wireName: "throttleSettings",
          location: "body",
          type: { kind: "ref", name: "ThrottleSettings" },
          required: false
        }
      ]
    },
    ConnectionType: { kind: "enum", values: ["INTERNET", "VPC_LINK"] },
    ContentHandlingStrategy: { kind: "enum", values: ["CONVERT_TO_BINARY", "CONVERT_TO_TEXT"] },
    Integration: {
      kind: "structure",
      members: [
        {
          name: "cacheKeyParameters",
          wireName: "cacheKeyParameters",
          location: "body",
          type: { kind: "list", items: { kind: "string" } },
          required: false
        },
        {
          name: "cacheNamespace",
          wireName: "cacheNamespace",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "connectionId",
          wireName: "connectionId",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "connectionType",
          wireName: "connectionType",
          location: "body",
          type: { kind: "ref", name: "ConnectionType" },
          required: false
        },
        {
          name: "contentHandling",
          wireName: "contentHandling",
          location: "body",
          type: { kind: "ref", name: "ContentHandlingStrategy" },
          required: false
        },
        {
          name: "credentials",
          wireName: "credentials",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "httpMethod",
          wireName: "httpMethod",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "integrationResponses",
          wireName: "integrationResponses",
          location: "body",
          type: {
            kind: "map",
            key: { kind: "string" },
            value: { kind: "ref", name: "IntegrationResponse" }
          },
          required: false
        },
        {
          name: "passthroughBehavior",
          wireName: "passthroughBehavior",
          location: "body",
          type: { kind: "string", knownValues: ["WHEN_NO_MATCH", "WHEN_NO_TEMPLATES", "NEVER"] },
          required: false
        },
        {
          name: "requestParameters",
          wireName: "requestParameters",
          location: "body",
          type: { kind: "map", key: { kind: "string" }, value: { kind: "string" } },
          required: false
        },
        {
          name: "requestTemplates",
          wireName: "requestTemplates",
          location: "body",
          type: { kind: "map", key: { kind: "string" }, value: { kind: "string" } },
          required: false
        },
        {
          name: "timeoutInMillis",
          wireName: "timeoutInMillis",
          location: "body",
          type: { kind: "integer", minimum: 50, maximum: 29e3 },
          required: false
        },
        {
          name: "tlsConfig",
          wireName: "tlsConfig",
          location: "body",
          type: { kind: "ref", name: "TlsConfig" },
          required: false
        },
        {
          name: "type",
          wireName: "type",
          location: "body",
          type: { kind: "ref", name: "IntegrationType" },
          required: false
        },
        {
          name: "uri",
          wireName: "uri",
          location: "body",
          type: { kind: "string" },
          required: false
        }
      ]
    },
    IntegrationResponse: {
      kind: "structure",
      members: [
        {
          name: "contentHandling",
          wireName: "contentHandling",
          location: "body",
          type: { kind: "ref", name: "ContentHandlingStrategy" },
          required: false
        },
        {
          name: "responseParameters",
          wireName: "responseParameters",
          location: "body",
          type: { kind: "map", key: { kind: "string" }, value: { kind: "string" } },
          required: false
        },
        {
          name: "responseTemplates",
          wireName: "responseTemplates",
          location: "body",
          type: { kind: "map", key: { kind: "string" }, value: { kind: "string" } },
          required: false
        },
        {
          name: "selectionPattern",
          wireName: "selectionPattern",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "statusCode",
          wireName: "statusCode",
          location: "body",
          type: { kind: "string", pattern: "[1-5]\\d\\d" },
          required: false
        }
      ]
    },
    IntegrationType: { kind: "enum", values: ["HTTP", "AWS", "MOCK", "HTTP_PROXY", "AWS_PROXY"] },
    Method: {
      kind: "structure",
      members: [
        {
          name: "apiKeyRequired",
          wireName: "apiKeyRequired",
          location: "body",
          type: { kind: "boolean" },
          required: false
        },
        {
          name: "authorizationScopes",
          wireName: "authorizationScopes",
          location: "body",
          type: { kind: "list", items: { kind: "string" } },
          required: false
        },
        {
          name: "authorizationType",
          wireName: "authorizationType",
          location: "body",
          type: {
            kind: "string",
            knownValues: ["NONE", "AWS_IAM", "CUSTOM", "COGNITO_USER_POOLS"]
          },
          required: false
        },
        {
          name: "authorizerId",
          wireName: "authorizerId",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "httpMethod",
          wireName: "httpMethod",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "methodIntegration",
          wireName: "methodIntegration",
          location: "body",
          type: { kind: "ref", name: "Integration" },
          required: false
        },
        {
          name: "methodResponses",
          wireName: "methodResponses",
          location: "body",
          type: {
            kind: "map",
            key: { kind: "string" },
            value: { kind: "ref", name: "MethodResponse" }
          },
          required: false
        },
        {
          name: "operationName",
          wireName: "operationName",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "requestModels",
          wireName: "requestModels",
          location: "body",
          type: { kind: "map", key: { kind: "string" }, value: { kind: "string" } },
          required: false
        },
        {
          name: "requestParameters",
          wireName: "requestParameters",
          location: "body",
          type: { kind: "map", key: { kind: "string" }, value: { kind: "boolean" } },
          required: false
        },
        {
          name: "requestValidatorId",
          wireName: "requestValidatorId",
          location: "body",
          type: { kind: "string" },
          required: false
        }
      ]
    },
    MethodResponse: {
      kind: "structure",
      members: [
        {
          name: "responseModels",
          wireName: "responseModels",
          location: "body",
          type: { kind: "map", key: { kind: "string" }, value: { kind: "string" } },
          required: false
        },
        {
          name: "responseParameters",
          wireName: "responseParameters",
          location: "body",
          type: { kind: "map", key: { kind: "string" }, value: { kind: "boolean" } },
          required: false
        },
        {
          name: "statusCode",
          wireName: "statusCode",
          location: "body",
          type: { kind: "string", pattern: "[1-5]\\d\\d" },
          required: false
        }
      ]
    },
    Op: { kind: "enum", values: ["add", "remove", "replace", "move", "copy", "test"] },
    PatchOperation: {
      kind: "structure",
      members: [
        {
          name: "from",
          wireName: "from",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "op",
          wireName: "op",
          location: "body",
          type: { kind: "ref", name: "Op" },
          required: false
        },
        {
          name: "path",
          wireName: "path",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "value",
          wireName: "value",
          location: "body",
          type: { kind: "string" },
          required: false
        }
      ]
    },
    PutMethodRequest: {
      kind: "structure",
      members: [
        {
          name: "apiKeyRequired",
          wireName: "apiKeyRequired",
          location: "body",
          type: { kind: "boolean" },
          required: false
        },
        {
          name: "authorizationScopes",
          wireName: "authorizationScopes",
          location: "body",
          type: { kind: "list", items: { kind: "string" } },
          required: false
        },
        {
          name: "authorizationType",
          wireName: "authorizationType",
          location: "body",
          type: {
            kind: "string",
            knownValues: ["NONE", "AWS_IAM", "CUSTOM", "COGNITO_USER_POOLS"]
          },
          required: true
        },
        {
          name: "authorizerId",
          wireName: "authorizerId",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "httpMethod",
          wireName: "http_method",
          location: "path",
          type: { kind: "string" },
          required: true
        },
        {
          name: "operationName",
          wireName: "operationName",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "requestModels",
          wireName: "requestModels",
          location: "body",
          type: { kind: "map", key: { kind: "string" }, value: { kind: "string" } },
          required: false
        },
        {
          name: "requestParameters",
          wireName: "requestParameters",
          location: "body",
          type: { kind: "map", key: { kind: "string" }, value: { kind: "boolean" } },
          required: false
        },
        {
          name: "requestValidatorId",
          wireName: "requestValidatorId",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "resourceId",
          wireName: "resource_id",
          location: "path",
          type: { kind: "string" },
          required: true
        },
        {
          name: "restApiId",
          wireName: "restapi_id",
          location: "path",
          type: { kind: "string" },
          required: true
        }
      ]
    },
    ThrottleSettings: {
      kind: "structure",
      members: [
        {
          name: "burstLimit",
          wireName: "burstLimit",
          location: "body",
          type: { kind: "integer" },
          required: false
        },
        {
          name: "rateLimit",
          wireName: "rateLimit",
          location: "body",
          type: { kind: "double" },
          required: false
        }
      ]
    },
    TlsConfig: {
      kind: "structure",
      members: [
        {
          name: "insecureSkipVerification",
          wireName: "insecureSkipVerification",
          location: "body",
          type: { kind: "boolean" },
          required: false
        }
      ]
    },
    UpdateAccountRequest: {
      kind: "structure",
      members: [
        {
          name: "patchOperations",
          wireName: "patchOperations",
          location: "body",
          type: { kind: "list", items: { kind: "ref", name: "PatchOperation" } },
          required: false
        }
      ]
    }
  },
  operations: [
    {
      name: "PutMethod",
      method: "PUT",
      path: "/restapis/{restapi_id}/resources/{resource_id}/methods/{http_method}",
      successStatus: 201,
      input: "PutMethodRequest",
      output: "Method",
      validateInput: validatePutMethodRequest,
      validateOutput: validateMethod,
      errors: [
        {
          name: "BadRequestException",
          status: 400,
          code: "BadRequestException",
          documentation: "The submitted request is not valid, for example, the input is incomplete or incorrect. See the accompanying error message for details.",
          members: [
            {
              name: "message",
              wireName: "message",
              location: "body",
              type: { kind: "string" },
              required: false
            }
          ]
        },
        {
          name: "ConflictException",
          status: 409,
          code: "ConflictException",
          documentation: "The request configuration has conflicts. For details, see the accompanying error message.",
          members: [
            {
              name: "message",
              wireName: "message",
              location: "body",
              type: { kind: "string" },
              required: false
            }
          ]
        },
        {
          name: "LimitExceededException",
          status: 429,
          code: "LimitExceededException",
          documentation: "The request exceeded the rate limit. Retry after the specified time period.",
          members: [
            {
              name: "message",
              wireName: "message",
              location: "body",
              type: { kind: "string" },
              required: false
            },
            {
              name: "retryAfterSeconds",
              wireName: "Retry-After",
              location: "header",
              type: { kind: "string" },
              required: false
            }
          ]
        },
        {
          name: "NotFoundException",
          status: 404,
          code: "NotFoundException",
          documentation: "The requested resource is not found. Make sure that the request URI is correct.",
          members: [
            {
              name: "message",
              wireName: "message",
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
          documentation: "The request has reached its throttling limit. Retry after the specified time period.",
          members: [
            {
              name: "message",
              wireName: "message",
              location: "body",
              type: { kind: "string" },
              required: false
            },
            {
              name: "retryAfterSeconds",
              wireName: "Retry-After",
              location: "header",
              type: { kind: "string" },
              required: false
            }
          ]
        },
        {
          name: "UnauthorizedException",
          status: 401,
          code: "UnauthorizedException",
          documentation: "The request is denied because the caller has insufficient permissions.",
          members: [
            {
              name: "message",
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
        resource: "Method",
        key: ["restApiId", "resourceId", "httpMethod"],
        action: "create",
        conflictError: "ConflictException",
        readOnlyPaths: [],
        echo: []
      }
    },
    {
      name: "UpdateAccount",
      method: "PATCH",
      path: "/account",
      successStatus: 200,
      input: "UpdateAccountRequest",
      output: "Account",
      validateInput: validateUpdateAccountRequest,
      validateOutput: validateAccount,
      errors: [
        {
          name: "BadRequestException",
          status: 400,
          code: "BadRequestException",
          documentation: "The submitted request is not valid, for example, the input is incomplete or incorrect. See the accompanying error message for details.",
          members: [
            {
              name: "message",
              wireName: "message",
              location: "body",
              type: { kind: "string" },
              required: false
            }
          ]
        },
        {
          name: "ConflictException",
          status: 409,
          code: "ConflictException",
          documentation: "The request configuration has conflicts. For details, see the accompanying error message.",
          members: [
            {
              name: "message",
              wireName: "message",
              location: "body",
              type: { kind: "string" },
              required: false
            }
          ]
        },
        {
          name: "LimitExceededException",
          status: 429,
          code: "LimitExceededException",
          documentation: "The request exceeded the rate limit. Retry after the specified time period.",
          members: [
            {
              name: "message",
              wireName: "message",
              location: "body",
              type: { kind: "string" },
              required: false
            },
            {
              name: "retryAfterSeconds",
              wireName: "Retry-After",
              location: "header",
              type: { kind: "string" },
              required: false
            }
          ]
        },
        {
          name: "NotFoundException",
          status: 404,
          code: "NotFoundException",
          documentation: "The requested resource is not found. Make sure that the request URI is correct.",
          members: [
            {
              name: "message",
              wireName: "message",
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
          documentation: "The request has reached its throttling limit. Retry after the specified time period.",
          members: [
            {
              name: "message",
              wireName: "message",
              location: "body",
              type: { kind: "string" },
              required: false
            },
            {
              name: "retryAfterSeconds",
              wireName: "Retry-After",
              location: "header",
              type: { kind: "string" },
              required: false
            }
          ]
        },
        {
          name: "UnauthorizedException",
          status: 401,
          code: "UnauthorizedException",
          documentation: "The request is denied because the caller has insufficient permissions.",
          members: [
            {
              name: "message",
              wireName: "message",
              location: "body",
              type: { kind: "string" },
              required: false
            }
          ]
        }
      ],
      examples: [
        {
          title: "Update an Account's CloudWatch role",
          response: {
            status: 200,
            body: {
              _links: {
                curies: {
                  href: "https://docs.aws.amazon.com/apigateway/latest/developerguide/account-apigateway-{rel}.html",
                  name: "account",
                  templated: true
                },
                self: { href: "/account" },
                "account:update": { href: "/account" }
              },
              cloudwatchRoleArn: "arn:aws:iam::123456789012:role/apigAwsProxyRole",
              throttleSettings: { rateLimit: 500, burstLimit: 1e3 }
            }
          }
        }
      ],
      state: {
        resource: "Account",
        key: [],
        action: "patch",
        readOnlyPaths: ["/throttleSettings"],
        invalidPatchError: "BadRequestException",
        initial: {
          throttleSettings: { burstLimit: 5e3, rateLimit: 1e4 },
          features: [],
          apiKeyVersion: "4"
        },
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
