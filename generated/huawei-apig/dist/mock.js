import {
  listenMock
} from "./runtime/mock/index.js";
import {
  validateUpdateCustomAuthorizerRequest,
  validateUpdateCustomAuthorizerResponse,
  validateUpdateGatewayResponseRequest,
  validateUpdateGatewayResponseResponse
} from "./validators.js";
const mock = {
  id: "huawei-apig",
  title: "Huawei Cloud API Gateway (APIG)",
  vendor: "huawei",
  protocol: "huawei-rest-json",
  auth: { scheme: "x-auth-token", header: "X-Auth-Token" },
  unknownInputMembers: "reject",
  shapes: {
    AuthorizerType: { kind: "enum", values: ["FUNC"] },
    CustomAuthorizerType: { kind: "enum", values: ["FRONTEND", "BACKEND"] },
    GatewayResponseType: {
      kind: "enum",
      values: [
        "AUTH_FAILURE",
        "AUTH_HEADER_MISSING",
        "AUTHORIZER_FAILURE",
        "AUTHORIZER_CONF_FAILURE",
        "AUTHORIZER_IDENTITIES_FAILURE",
        "BACKEND_UNAVAILABLE",
        "BACKEND_TIMEOUT",
        "THROTTLED",
        "UNAUTHORIZED",
        "ACCESS_DENIED",
        "NOT_FOUND",
        "REQUEST_PARAMETERS_FAILURE",
        "DEFAULT_4XX",
        "DEFAULT_5XX",
        "THIRD_AUTH_FAILURE",
        "THIRD_AUTH_IDENTITIES_FAILURE",
        "THIRD_AUTH_CONF_FAILURE"
      ]
    },
    Identity: {
      kind: "structure",
      members: [
        {
          name: "location",
          wireName: "location",
          location: "body",
          type: { kind: "ref", name: "IdentityLocation" },
          required: true
        },
        {
          name: "name",
          wireName: "name",
          location: "body",
          type: { kind: "string" },
          required: true
        },
        {
          name: "validation",
          wireName: "validation",
          location: "body",
          type: { kind: "string" },
          required: false
        }
      ]
    },
    IdentityLocation: { kind: "enum", values: ["HEADER", "QUERY"] },
    NetworkType: { kind: "enum", values: ["V1", "V2"] },
    ResponseInfo: {
      kind: "structure",
      members: [
        {
          name: "body",
          wireName: "body",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "status",
          wireName: "status",
          location: "body",
          type: { kind: "integer", minimum: 200, maximum: 599, excluded: [444] },
          required: false
        }
      ]
    },
    ResponseInfoResp: {
      kind: "structure",
      members: [
        {
          name: "body",
          wireName: "body",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "default",
          wireName: "default",
          location: "body",
          type: { kind: "boolean" },
          required: false
        },
        {
          name: "status",
          wireName: "status",
          location: "body",
          type: { kind: "integer", minimum: 200, maximum: 599, excluded: [444] },
          required: false
        }
      ]
    },
    UpdateCustomAuthorizerRequest: {
      kind: "structure",
      members: [
        {
          name: "authorizer_alias_uri",
          wireName: "authorizer_alias_uri",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "authorizer_id",
          wireName: "authorizer_id",
          location: "path",
          type: { kind: "string" },
          required: true
        },
        {
          name: "authorizer_type",
          wireName: "authorizer_type",
          location: "body",
          type: { kind: "ref", name: "AuthorizerType" },
          required: true
        },
        {
          name: "authorizer_uri",
          wireName: "authorizer_uri",
          location: "body",
          type: { kind: "string" },
          required: true
        },
        {
          name: "authorizer_version",
          wireName: "authorizer_version",
          location: "body",
          type: { kind: "string", maxLength: 64 },
          required: false
        },
        {
          name: "identities",
          wireName: "identities",
          location: "body",
          type: { kind: "list", items: { kind: "ref", name: "Identity" } },
          required: false
        },
        {
          name: "instance_id",
          wireName: "instance_id",
          location: "path",
          type: { kind: "string" },
          required: true
        },
        {
          name: "ld_api_id",
          wireName: "ld_api_id",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "name",
          wireName: "name",
          location: "body",
          type: { kind: "string", minLength: 3, maxLength: 64, pattern: "^[A-Za-z][A-Za-z0-9_]*$" },
          required: true
        },
        {
          name: "need_body",
          wireName: "need_body",
          location: "body",
          type: { kind: "boolean" },
          required: false
        },
        {
          name: "network_type",
          wireName: "network_type",
          location: "body",
          type: { kind: "ref", name: "NetworkType" },
          required: false
        },
        {
          name: "project_id",
          wireName: "project_id",
          location: "path",
          type: { kind: "string" },
          required: true
        },
        {
          name: "ttl",
          wireName: "ttl",
          location: "body",
          type: { kind: "integer" },
          required: false
        },
        {
          name: "type",
          wireName: "type",
          location: "body",
          type: { kind: "ref", name: "CustomAuthorizerType" },
          required: true
        },
        {
          name: "user_data",
          wireName: "user_data",
          location: "body",
          type: { kind: "string" },
          required: false
        }
      ]
    },
    UpdateCustomAuthorizerResponse: {
      kind: "structure",
      members: [
        {
          name: "authorizer_alias_uri",
          wireName: "authorizer_alias_uri",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "authorizer_type",
          wireName: "authorizer_type",
          location: "body",
          type: { kind: "ref", name: "AuthorizerType" },
          required: false
        },
        {
          name: "authorizer_uri",
          wireName: "authorizer_uri",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "authorizer_version",
          wireName: "authorizer_version",
          location: "body",
          type: { kind: "string", maxLength: 64 },
          required: false
        },
        {
          name: "create_time",
          wireName: "create_time",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        { name: "id", wireName: "id", location: "body", type: { kind: "string" }, required: false },
        {
          name: "identities",
          wireName: "identities",
          location: "body",
          type: { kind: "list", items: { kind: "ref", name: "Identity" } },
          required: false
        },
        {
          name: "ld_api_id",
          wireName: "ld_api_id",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "name",
          wireName: "name",
          location: "body",
          type: { kind: "string", minLength: 3, maxLength: 64, pattern: "^[A-Za-z][A-Za-z0-9_]*$" },
          required: false
        },
        {
          name: "need_body",
          wireName: "need_body",
          location: "body",
          type: { kind: "boolean" },
          required: false
        },
        {
          name: "network_type",
          wireName: "network_type",
          location: "body",
          type: { kind: "ref", name: "NetworkType" },
          required: false
        },
        {
          name: "roma_app_id",
          wireName: "roma_app_id",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "roma_app_name",
          wireName: "roma_app_name",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "ttl",
          wireName: "ttl",
          location: "body",
          type: { kind: "integer" },
          required: false
        },
        {
          name: "type",
          wireName: "type",
          location: "body",
          type: { kind: "ref", name: "CustomAuthorizerType" },
          required: false
        },
        {
          name: "user_data",
          wireName: "user_data",
          location: "body",
          type: { kind: "string" },
          required: false
        }
      ]
    },
    UpdateGatewayResponseRequest: {
      kind: "structure",
      members: [
        {
          name: "group_id",
          wireName: "group_id",
          location: "path",
          type: { kind: "string" },
          required: true
        },
        {
          name: "instance_id",
          wireName: "instance_id",
          location: "path",
          type: { kind: "string" },
          required: true
        },
        {
          name: "name",
          wireName: "name",
          location: "body",
          type: { kind: "string", minLength: 1, maxLength: 64, pattern: "^[A-Za-z0-9_-]+$" },
          required: true
        },
        {
          name: "project_id",
          wireName: "project_id",
          location: "path",
          type: { kind: "string" },
          required: true
        },
        {
          name: "response_id",
          wireName: "response_id",
          location: "path",
          type: { kind: "string" },
          required: true
        },
        {
          name: "responses",
          wireName: "responses",
          location: "body",
          type: {
            kind: "map",
            key: { kind: "ref", name: "GatewayResponseType" },
            value: { kind: "ref", name: "ResponseInfo" }
          },
          required: false
        }
      ]
    },
    UpdateGatewayResponseResponse: {
      kind: "structure",
      members: [
        {
          name: "create_time",
          wireName: "create_time",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "default",
          wireName: "default",
          location: "body",
          type: { kind: "boolean" },
          required: false
        },
        { name: "id", wireName: "id", location: "body", type: { kind: "string" }, required: false },
        {
          name: "name",
          wireName: "name",
          location: "body",
          type: { kind: "string" },
          required: false
        },
        {
          name: "responses",
          wireName: "responses",
          location: "body",
          type: {
            kind: "map",
            key: { kind: "ref", name: "GatewayResponseType" },
            value: { kind: "ref", name: "ResponseInfoResp" }
          },
          required: false
        },
        {
          name: "update_time",
          wireName: "update_time",
          location: "body",
          type: { kind: "string" },
          required: false
        }
      ]
    }
  },
  operations: [
    {
      name: "UpdateCustomAuthorizer",
      method: "PUT",
      path: "/v2/{project_id}/apigw/instances/{instance_id}/authorizers/{authorizer_id}",
      successStatus: 200,
      input: "UpdateCustomAuthorizerRequest",
      output: "UpdateCustomAuthorizerResponse",
      validateInput: validateUpdateCustomAuthorizerRequest,
      validateOutput: validateUpdateCustomAuthorizerResponse,
      errors: [
        {
          name: "BadRequestError",
          status: 400,
          code: "APIG.2011",
          documentation: "Bad Request",
          members: [
            {
              name: "error_code",
              wireName: "error_code",
              location: "body",
              type: { kind: "string" },
              required: false
            },
            {
              name: "error_msg",
              wireName: "error_msg",
              location: "body",
              type: { kind: "string" },
              required: false
            }
          ],
          example: {
            body: {
              error_code: "APIG.2011",
              error_msg: "Invalid parameter value,parameterName:name. Please refer to the support documentation"
            }
          }
        },
        {
          name: "ForbiddenError",
          status: 403,
          code: "APIG.1005",
          documentation: "Forbidden",
          members: [
            {
              name: "error_code",
              wireName: "error_code",
              location: "body",
              type: { kind: "string" },
              required: false
            },
            {
              name: "error_msg",
              wireName: "error_msg",
              location: "body",
              type: { kind: "string" },
              required: false
            }
          ],
          example: {
            body: { error_code: "APIG.1005", error_msg: "No permissions to request this method" }
          }
        },
        {
          name: "InternalServerError",
          status: 500,
          code: "APIG.9999",
          documentation: "Internal Server Error",
          members: [
            {
              name: "error_code",
              wireName: "error_code",
              location: "body",
              type: { kind: "string" },
              required: false
            },
            {
              name: "error_msg",
              wireName: "error_msg",
              location: "body",
              type: { kind: "string" },
              required: false
            }
          ],
          example: { body: { error_code: "APIG.9999", error_msg: "System error" } }
        },
        {
          name: "NotFoundError",
          status: 404,
          code: "APIG.3081",
          documentation: "Not Found",
          members: [
            {
              name: "error_code",
              wireName: "error_code",
              location: "body",
              type: { kind: "string" },
              required: false
            },
            {
              name: "error_msg",
              wireName: "error_msg",
              location: "body",
              type: { kind: "string" },
              required: false
            }
          ],
          example: {
            body: {
              error_code: "APIG.3081",
              error_msg: "authorizer with id: 0d982c1ac3da493dae47627b6439fc5c not found"
            }
          }
        },
        {
          name: "UnauthorizedError",
          status: 401,
          code: "APIG.1002",
          documentation: "Unauthorized",
          members: [
            {
              name: "error_code",
              wireName: "error_code",
              location: "body",
              type: { kind: "string" },
              required: false
            },
            {
              name: "error_msg",
              wireName: "error_msg",
              location: "body",
              type: { kind: "string" },
              required: false
            }
          ],
          example: {
            body: {
              error_code: "APIG.1002",
              error_msg: "Incorrect token or token resolution failed"
            }
          }
        }
      ],
      examples: [
        {
          title: "Updating a frontend custom authorizer",
          response: {
            status: 200,
            body: {
              name: "Authorizer_demo",
              type: "FRONTEND",
              authorizer_type: "FUNC",
              authorizer_uri: "urn:fss:xx-xxx-4:106506b9a92342df9a5025fc12351cfc:function:defau:apigDemo_1592617458814",
              network_type: "V1",
              authorizer_version: "v1",
              authorizer_alias_uri: "urn:fss:xx-xxx-4:106506b9a92342df9a5025fc12351cfc:function:defau:apigDemo_1592617458814:!v1",
              identities: [{ name: "header", location: "HEADER" }],
              ttl: 5,
              user_data: "authorizer_test",
              id: "0d982c1ac3da493dae47627b6439fc5c",
              create_time: "2020-07-08T03:27:52.000+0000"
            }
          }
        }
      ],
      state: {
        resource: "CustomAuthorizer",
        key: ["project_id", "instance_id", "authorizer_id"],
        action: "upsert",
        readOnlyPaths: [],
        echo: [{ output: "id", input: "authorizer_id" }]
      }
    },
    {
      name: "UpdateGatewayResponse",
      method: "PUT",
      path: "/v2/{project_id}/apigw/instances/{instance_id}/api-groups/{group_id}/gateway-responses/{response_id}",
      successStatus: 200,
      input: "UpdateGatewayResponseRequest",
      output: "UpdateGatewayResponseResponse",
      validateInput: validateUpdateGatewayResponseRequest,
      validateOutput: validateUpdateGatewayResponseResponse,
      errors: [
        {
          name: "BadRequestError",
          status: 400,
          code: "APIG.2011",
          documentation: "Bad Request",
          members: [
            {
              name: "error_code",
              wireName: "error_code",
              location: "body",
              type: { kind: "string" },
              required: false
            },
            {
              name: "error_msg",
              wireName: "error_msg",
              location: "body",
              type: { kind: "string" },
              required: false
            }
          ],
          example: {
            body: {
              error_code: "APIG.2011",
              error_msg: "Invalid parameter value,parameterName:name. Please refer to the support documentation"
            }
          }
        },
        {
          name: "ForbiddenError",
          status: 403,
          code: "APIG.1005",
          documentation: "Forbidden",
          members: [
            {
              name: "error_code",
              wireName: "error_code",
              location: "body",
              type: { kind: "string" },
              required: false
            },
            {
              name: "error_msg",
              wireName: "error_msg",
              location: "body",
              type: { kind: "string" },
              required: false
            }
          ],
          example: {
            body: { error_code: "APIG.1005", error_msg: "No permissions to request this method" }
          }
        },
        {
          name: "InternalServerError",
          status: 500,
          code: "APIG.9999",
          documentation: "Internal Server Error",
          members: [
            {
              name: "error_code",
              wireName: "error_code",
              location: "body",
              type: { kind: "string" },
              required: false
            },
            {
              name: "error_msg",
              wireName: "error_msg",
              location: "body",
              type: { kind: "string" },
              required: false
            }
          ],
          example: { body: { error_code: "APIG.9999", error_msg: "System error" } }
        },
        {
          name: "NotFoundError",
          status: 404,
          code: "APIG.3001",
          documentation: "Not Found",
          members: [
            {
              name: "error_code",
              wireName: "error_code",
              location: "body",
              type: { kind: "string" },
              required: false
            },
            {
              name: "error_msg",
              wireName: "error_msg",
              location: "body",
              type: { kind: "string" },
              required: false
            }
          ],
          example: {
            body: {
              error_code: "APIG.3001",
              error_msg: "API group c77f5e81d9cb4424bf704ef2b0ac7600 does not exist"
            }
          }
        },
        {
          name: "UnauthorizedError",
          status: 401,
          code: "APIG.1002",
          documentation: "Unauthorized",
          members: [
            {
              name: "error_code",
              wireName: "error_code",
              location: "body",
              type: { kind: "string" },
              required: false
            },
            {
              name: "error_msg",
              wireName: "error_msg",
              location: "body",
              type: { kind: "string" },
              required: false
            }
          ],
          example: {
            body: {
              error_code: "APIG.1002",
              error_msg: "Incorrect token or token resolution failed"
            }
          }
        }
      ],
      examples: [
        {
          title: "Modifying a response of an API group",
          response: {
            status: 200,
            body: {
              create_time: "2020-08-12T06:52:02Z",
              update_time: "2020-08-12T15:22:21.929863859+08:00",
              default: false,
              id: "e839b367e10f4ab19d1c5008e476b83a",
              name: "response_demo",
              responses: {
                ACCESS_DENIED: {
                  body: '{"error_code":"$context.error.code","error_msg":"$context.error.message","request_id":"$context.requestId"}',
                  default: true,
                  status: 403
                },
                AUTHORIZER_CONF_FAILURE: {
                  body: '{"error_code":"$context.error.code","error_msg":"$context.error.message","request_id":"$context.requestId"}',
                  default: true,
                  status: 500
                },
                AUTHORIZER_FAILURE: {
                  body: '{"error_code":"$context.error.code","error_msg":"$context.error.message","request_id":"$context.requestId"}',
                  default: true,
                  status: 500
                },
                AUTHORIZER_IDENTITIES_FAILURE: {
                  body: '{"error_code":"$context.error.code","error_msg":"$context.error.message","request_id":"$context.requestId"}',
                  default: true,
                  status: 401
                },
                AUTH_FAILURE: {
                  body: '{"error_code":"$context.error.code","error_msg":"$context.error.message","request_id":"$context.requestId"}',
                  default: true,
                  status: 401
                },
                AUTH_HEADER_MISSING: {
                  body: '{"error_code":"$context.error.code","error_msg":"$context.error.message","request_id":"$context.requestId"}',
                  default: true,
                  status: 401
                },
                BACKEND_TIMEOUT: {
                  body: '{"error_code":"$context.error.code","error_msg":"$context.error.message","request_id":"$context.requestId"}',
                  default: true,
                  status: 504
                },
                BACKEND_UNAVAILABLE: {
                  body: '{"error_code":"$context.error.code","error_msg":"$context.error.message","request_id":"$context.requestId"}',
                  default: true,
                  status: 502
                },
                DEFAULT_4XX: {
                  body: '{"error_code":"$context.error.code","error_msg":"$context.error.message","request_id":"$context.requestId"}',
                  default: true
                },
                DEFAULT_5XX: {
                  body: '{"error_code":"$context.error.code","error_msg":"$context.error.message","request_id":"$context.requestId"}',
                  default: true
                },
                NOT_FOUND: {
                  body: '{"error_code":"$context.error.code","error_msg":"$context.error.message","request_id":"$context.requestId"}',
                  default: true,
                  status: 404
                },
                REQUEST_PARAMETERS_FAILURE: {
                  body: '{"error_code":"$context.error.code","error_msg":"$context.error.message","request_id":"$context.requestId"}',
                  default: true,
                  status: 400
                },
                THROTTLED: {
                  body: '{"error_code":"$context.error.code","error_msg":"$context.error.message","request_id":"$context.requestId"}',
                  default: true,
                  status: 429
                },
                UNAUTHORIZED: {
                  body: '{"error_code":"$context.error.code","error_msg":"$context.error.message","request_id":"$context.requestId"}',
                  default: true,
                  status: 401
                },
                THIRD_AUTH_FAILURE: {
                  body: '{"error_code":"$context.error.code","error_msg":"$context.error.message","request_id":"$context.requestId"}',
                  default: true,
                  status: 401
                },
                THIRD_AUTH_IDENTITIES_FAILURE: {
                  body: '{"error_code":"$context.error.code","error_msg":"$context.error.message","request_id":"$context.requestId"}',
                  default: true,
                  status: 401
                },
                THIRD_AUTH_CONF_FAILURE: {
                  body: '{"error_code":"$context.error.code","error_msg":"$context.error.message","request_id":"$context.requestId"}',
                  default: true,
                  status: 500
                }
              }
            }
          }
        }
      ],
      state: {
        resource: "GatewayResponse",
        key: ["project_id", "instance_id", "group_id", "response_id"],
        action: "upsert",
        readOnlyPaths: [],
        echo: [{ output: "id", input: "response_id" }]
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
