export type AuthorizerType = "FUNC";
/**
 * Every value of {@link AuthorizerType}, in documented order.
 */
export declare const AuthorizerTypeValues: readonly ["FUNC"];
export type CustomAuthorizerType = "FRONTEND" | "BACKEND";
/**
 * Every value of {@link CustomAuthorizerType}, in documented order.
 */
export declare const CustomAuthorizerTypeValues: readonly ["FRONTEND", "BACKEND"];
/**
 * The error type; the key of the responses map of a group response.
 *
 * - `AUTH_FAILURE`: Authentication failed.
 * - `AUTH_HEADER_MISSING`: The identity source is missing.
 * - `AUTHORIZER_FAILURE`: Custom authentication failed.
 * - `AUTHORIZER_CONF_FAILURE`: Custom authorizer error.
 * - `AUTHORIZER_IDENTITIES_FAILURE`: The identity source of the custom authorizer is invalid.
 * - `BACKEND_UNAVAILABLE`: The backend is unavailable.
 * - `BACKEND_TIMEOUT`: Backend timed out.
 * - `THROTTLED`: The request was rejected due to request throttling.
 * - `UNAUTHORIZED`: The app you are using has not been authorized to call the API.
 * - `ACCESS_DENIED`: Access denied.
 * - `NOT_FOUND`: No API is found.
 * - `REQUEST_PARAMETERS_FAILURE`: Invalid request parameter.
 * - `DEFAULT_4XX`: Default 4XX error occurred.
 * - `DEFAULT_5XX`: Default 5XX error occurred.
 * - `THIRD_AUTH_FAILURE`: Third-party authentication failed.
 * - `THIRD_AUTH_IDENTITIES_FAILURE`: Identity source of the third-party authorizer is invalid.
 * - `THIRD_AUTH_CONF_FAILURE`: Third-party authorizer configuration error.
 */
export type GatewayResponseType = "AUTH_FAILURE" | "AUTH_HEADER_MISSING" | "AUTHORIZER_FAILURE" | "AUTHORIZER_CONF_FAILURE" | "AUTHORIZER_IDENTITIES_FAILURE" | "BACKEND_UNAVAILABLE" | "BACKEND_TIMEOUT" | "THROTTLED" | "UNAUTHORIZED" | "ACCESS_DENIED" | "NOT_FOUND" | "REQUEST_PARAMETERS_FAILURE" | "DEFAULT_4XX" | "DEFAULT_5XX" | "THIRD_AUTH_FAILURE" | "THIRD_AUTH_IDENTITIES_FAILURE" | "THIRD_AUTH_CONF_FAILURE";
/**
 * Every value of {@link GatewayResponseType}, in documented order.
 */
export declare const GatewayResponseTypeValues: readonly [
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
];
export interface Identity {
    /**
     * Parameter location.
     */
    location: IdentityLocation;
    /**
     * Parameter name.
     */
    name: string;
    /**
     * Parameter verification expression. The default value is null, indicating that no verification is performed.
     */
    validation?: string;
}
export type IdentityLocation = "HEADER" | "QUERY";
/**
 * Every value of {@link IdentityLocation}, in documented order.
 */
export declare const IdentityLocationValues: readonly ["HEADER", "QUERY"];
/**
 * - `V1`: non-VPC
 * - `V2`: VPC
 */
export type NetworkType = "V1" | "V2";
/**
 * Every value of {@link NetworkType}, in documented order.
 */
export declare const NetworkTypeValues: readonly ["V1", "V2"];
export interface ResponseInfo {
    /**
     * Response body template.
     */
    body?: string;
    /**
     * HTTP status code of the response. The value ranges from 200 to 599, but cannot be 444.
     *
     * Constraints: range 200..599; not 444; integer.
     */
    status?: number;
}
export interface ResponseInfoResp {
    /**
     * Response body template.
     */
    body?: string;
    /**
     * Indicates whether the response is the default response.
     */
    default?: boolean;
    /**
     * HTTP status code of the response. The value ranges from 200 to 599, but cannot be 444.
     *
     * Constraints: range 200..599; not 444; integer.
     */
    status?: number;
}
export interface UpdateCustomAuthorizerRequest {
    /**
     * Function alias URN.
     *
     * If both a function alias URN and version are passed, the alias URN will be used and the version will be ignored.
     */
    authorizer_alias_uri?: string;
    /**
     * Custom authorizer ID.
     *
     * Wire: path `authorizer_id`.
     */
    authorizer_id: string;
    /**
     * Value: FUNC.
     */
    authorizer_type: AuthorizerType;
    /**
     * Function URN.
     */
    authorizer_uri: string;
    /**
     * Function version.
     *
     * If both a function alias URN and version are passed, the alias URN will be used and the version will be ignored.
     *
     * Constraints: length 0..64.
     */
    authorizer_version?: string;
    /**
     * Identity source.
     */
    identities?: Identity[];
    /**
     * Gateway ID, which can be obtained from the gateway information on the APIG console.
     *
     * Wire: path `instance_id`.
     */
    instance_id: string;
    /**
     * Custom backend ID.
     *
     * Currently, this parameter is not supported.
     */
    ld_api_id?: string;
    /**
     * Custom authorizer name.
     *
     * It can contain 3 to 64 characters, starting with a letter. Only letters, digits, and underscores (_) are allowed.
     *
     * Constraints: length 3..64; pattern `^[A-Za-z][A-Za-z0-9_]*$`.
     */
    name: string;
    /**
     * Indicates whether to send the body.
     */
    need_body?: boolean;
    /**
     * Function network architecture:
     *
     * - V1: non-VPC
     * - V2: VPC
     *
     * @defaultValue "V1"
     */
    network_type?: NetworkType;
    /**
     * Project ID. For details about how to obtain it, see Obtaining a Project ID.
     *
     * Wire: path `project_id`.
     */
    project_id: string;
    /**
     * Maximum cache age.
     *
     * Constraints: integer.
     */
    ttl?: number;
    /**
     * Custom authorizer type.
     *
     * - FRONTEND
     * - BACKEND
     *
     * Modification is not allowed.
     */
    type: CustomAuthorizerType;
    /**
     * User data.
     */
    user_data?: string;
}
export interface UpdateCustomAuthorizerResponse {
    /**
     * Function alias URN.
     *
     * If both a function alias URN and version are passed, the alias URN will be used and the version will be ignored.
     */
    authorizer_alias_uri?: string;
    /**
     * Value: FUNC.
     */
    authorizer_type?: AuthorizerType;
    /**
     * Function URN.
     */
    authorizer_uri?: string;
    /**
     * Function version.
     *
     * If both a function alias URN and version are passed, the alias URN will be used and the version will be ignored.
     *
     * Constraints: length 0..64.
     */
    authorizer_version?: string;
    /**
     * Creation time.
     */
    create_time?: string;
    /**
     * Custom authorizer ID.
     */
    id?: string;
    /**
     * Identity source.
     */
    identities?: Identity[];
    /**
     * Custom backend ID.
     *
     * Currently, this parameter is not supported.
     */
    ld_api_id?: string;
    /**
     * Custom authorizer name.
     *
     * It can contain 3 to 64 characters, starting with a letter. Only letters, digits, and underscores (_) are allowed.
     *
     * Constraints: length 3..64; pattern `^[A-Za-z][A-Za-z0-9_]*$`.
     */
    name?: string;
    /**
     * Indicates whether to send the body.
     */
    need_body?: boolean;
    /**
     * Function network architecture:
     *
     * - V1: non-VPC
     * - V2: VPC
     *
     * @defaultValue "V1"
     */
    network_type?: NetworkType;
    /**
     * ID of the application to which the custom authorizer belongs.
     *
     * Currently, this parameter is not supported.
     */
    roma_app_id?: string;
    /**
     * Name of the application to which the custom authorizer belongs.
     *
     * Currently, this parameter is not supported.
     */
    roma_app_name?: string;
    /**
     * Maximum cache age.
     *
     * Constraints: integer.
     */
    ttl?: number;
    /**
     * Custom authorizer type.
     *
     * - FRONTEND
     * - BACKEND
     *
     * Modification is not allowed.
     */
    type?: CustomAuthorizerType;
    /**
     * User data.
     */
    user_data?: string;
}
export interface UpdateGatewayResponseRequest {
    /**
     * API group ID.
     *
     * Wire: path `group_id`.
     */
    group_id: string;
    /**
     * Gateway ID, which can be obtained from the gateway information on the APIG console.
     *
     * Wire: path `instance_id`.
     */
    instance_id: string;
    /**
     * Response name. Enter 1 to 64 characters. Only letters, digits, hyphens (-), and underscores (_) are allowed.
     *
     * Constraints: length 1..64; pattern `^[A-Za-z0-9_-]+$`.
     */
    name: string;
    /**
     * Project ID. For details about how to obtain it, see Obtaining a Project ID.
     *
     * Wire: path `project_id`.
     */
    project_id: string;
    /**
     * Response ID.
     *
     * Wire: path `response_id`.
     */
    response_id: string;
    /**
     * Response type definition. key indicates the error type. Options of key:
     *
     * - AUTH_FAILURE: Authentication failed.
     * - AUTH_HEADER_MISSING: The identity source is missing.
     * - AUTHORIZER_FAILURE: Custom authentication failed.
     * - AUTHORIZER_CONF_FAILURE: Custom authorizer error.
     * - AUTHORIZER_IDENTITIES_FAILURE: The identity source of the custom authorizer is invalid.
     * - BACKEND_UNAVAILABLE: The backend is unavailable.
     * - BACKEND_TIMEOUT: Backend timed out.
     * - THROTTLED: The request was rejected due to request throttling.
     * - UNAUTHORIZED: The app you are using has not been authorized to call the API.
     * - ACCESS_DENIED: Access denied.
     * - NOT_FOUND: No API is found.
     * - REQUEST_PARAMETERS_FAILURE: Invalid request parameter.
     * - DEFAULT_4XX: Default 4XX error occurred.
     * - DEFAULT_5XX: Default 5XX error occurred.
     * - THIRD_AUTH_FAILURE: Third-party authentication failed.
     * - THIRD_AUTH_IDENTITIES_FAILURE: Identity source of the third-party authorizer is invalid.
     * - THIRD_AUTH_CONF_FAILURE: Third-party authorizer configuration error.
     *
     * Each error type is in JSON format.
     */
    responses?: Partial<Record<GatewayResponseType, ResponseInfo>>;
}
export interface UpdateGatewayResponseResponse {
    /**
     * Creation time.
     */
    create_time?: string;
    /**
     * Indicates whether the group response is the default response.
     */
    default?: boolean;
    /**
     * Response ID.
     */
    id?: string;
    /**
     * Response name.
     */
    name?: string;
    /**
     * Response type definition. key indicates the error type. Options of key:
     *
     * - AUTH_FAILURE: Authentication failed.
     * - AUTH_HEADER_MISSING: The identity source is missing.
     * - AUTHORIZER_FAILURE: Custom authentication failed.
     * - AUTHORIZER_CONF_FAILURE: Custom authorizer error.
     * - AUTHORIZER_IDENTITIES_FAILURE: The identity source of the custom authorizer is invalid.
     * - BACKEND_UNAVAILABLE: The backend is unavailable.
     * - BACKEND_TIMEOUT: Backend timed out.
     * - THROTTLED: The request was rejected due to request throttling.
     * - UNAUTHORIZED: The app you are using has not been authorized to call the API.
     * - ACCESS_DENIED: Access denied.
     * - NOT_FOUND: No API is found.
     * - REQUEST_PARAMETERS_FAILURE: Invalid request parameter.
     * - DEFAULT_4XX: Default 4XX error occurred.
     * - DEFAULT_5XX: Default 5XX error occurred.
     * - THIRD_AUTH_FAILURE: Third-party authentication failed.
     * - THIRD_AUTH_IDENTITIES_FAILURE: Identity source of the third-party authorizer is invalid.
     * - THIRD_AUTH_CONF_FAILURE: Third-party authorizer configuration error.
     *
     * Each error type is in JSON format.
     */
    responses?: Partial<Record<GatewayResponseType, ResponseInfoResp>>;
    /**
     * Update time.
     */
    update_time?: string;
}
/**
 * Data of the BadRequestError error (HTTP 400, code `APIG.2011`).
 *
 * Bad Request
 */
export interface BadRequestErrorData {
    /**
     * Error code.
     */
    error_code?: string;
    /**
     * Error message.
     */
    error_msg?: string;
}
/**
 * Data of the ForbiddenError error (HTTP 403, code `APIG.1005`).
 *
 * Forbidden
 */
export interface ForbiddenErrorData {
    /**
     * Error code.
     */
    error_code?: string;
    /**
     * Error message.
     */
    error_msg?: string;
}
/**
 * Data of the InternalServerError error (HTTP 500, code `APIG.9999`).
 *
 * Internal Server Error
 */
export interface InternalServerErrorData {
    /**
     * Error code.
     */
    error_code?: string;
    /**
     * Error message.
     */
    error_msg?: string;
}
/**
 * Data of the NotFoundError error (HTTP 404).
 *
 * Not Found
 */
export interface NotFoundErrorData {
    /**
     * Error code.
     */
    error_code?: string;
    /**
     * Error message.
     */
    error_msg?: string;
}
/**
 * Data of the UnauthorizedError error (HTTP 401, code `APIG.1002`).
 *
 * Unauthorized
 */
export interface UnauthorizedErrorData {
    /**
     * Error code.
     */
    error_code?: string;
    /**
     * Error message.
     */
    error_msg?: string;
}
/**
 * The operations of Huawei Cloud API Gateway (APIG).
 */
export interface HuaweiApigOperations {
    /**
     * This API is used to modify a custom authorizer.
     *
     * `PUT /v2/{project_id}/apigw/instances/{instance_id}/authorizers/{authorizer_id}` → 200
     */
    UpdateCustomAuthorizer: {
        input: UpdateCustomAuthorizerRequest;
        output: UpdateCustomAuthorizerResponse;
        errors: "BadRequestError" | "ForbiddenError" | "InternalServerError" | "NotFoundError" | "UnauthorizedError";
    };
    /**
     * This API is used to modify a response of an API group.
     *
     * `PUT /v2/{project_id}/apigw/instances/{instance_id}/api-groups/{group_id}/gateway-responses/{response_id}` → 200
     */
    UpdateGatewayResponse: {
        input: UpdateGatewayResponseRequest;
        output: UpdateGatewayResponseResponse;
        errors: "BadRequestError" | "ForbiddenError" | "InternalServerError" | "NotFoundError" | "UnauthorizedError";
    };
}
