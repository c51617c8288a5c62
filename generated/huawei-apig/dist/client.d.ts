import { type BaseClientOptions, type CallOptions } from "./runtime/client/core.js";
import { ServiceError } from "./runtime/client/errors.js";
import { type TokenProvider } from "./runtime/client/token.js";
import type { BadRequestErrorData, ForbiddenErrorData, InternalServerErrorData, NotFoundErrorData, UnauthorizedErrorData, UpdateCustomAuthorizerRequest, UpdateCustomAuthorizerResponse, UpdateGatewayResponseRequest, UpdateGatewayResponseResponse } from "./types.js";
export { ServiceError, NetworkError, TimeoutError, InputValidationError, } from "./runtime/client/errors.js";
export type { ServiceErrorInit, InputProblem } from "./runtime/client/errors.js";
export type { BaseClientOptions, CallOptions, ClientHooks, FetchLike, RequestContext, ResponseContext, } from "./runtime/client/core.js";
export type { PreparedRequest } from "./runtime/client/request.js";
export type { RetryOptions } from "./runtime/client/retry.js";
export type { TokenProvider } from "./runtime/client/token.js";
/**
 * Base class of every error Huawei Cloud API Gateway (APIG) answers with. Thrown as is for statuses and codes the error tables do not document; documented errors are subclasses.
 */
export declare class HuaweiApigServiceError extends ServiceError {
}
/**
 * Bad Request
 *
 * HTTP 400, code `APIG.2011`.
 */
export declare class BadRequestError extends HuaweiApigServiceError {
    /** The error's documented members, read from the response body and headers. */
    readonly data: BadRequestErrorData;
}
/**
 * Forbidden
 *
 * HTTP 403, code `APIG.1005`.
 */
export declare class ForbiddenError extends HuaweiApigServiceError {
    /** The error's documented members, read from the response body and headers. */
    readonly data: ForbiddenErrorData;
}
/**
 * Internal Server Error
 *
 * HTTP 500, code `APIG.9999`.
 */
export declare class InternalServerError extends HuaweiApigServiceError {
    /** The error's documented members, read from the response body and headers. */
    readonly data: InternalServerErrorData;
}
/**
 * Not Found
 *
 * HTTP 404.
 */
export declare class NotFoundError extends HuaweiApigServiceError {
    /** The error's documented members, read from the response body and headers. */
    readonly data: NotFoundErrorData;
}
/**
 * Unauthorized
 *
 * HTTP 401, code `APIG.1002`.
 */
export declare class UnauthorizedError extends HuaweiApigServiceError {
    /** The error's documented members, read from the response body and headers. */
    readonly data: UnauthorizedErrorData;
}
/**
 * Options of {@link HuaweiApigClient}.
 */
export interface HuaweiApigClientOptions extends BaseClientOptions {
    /** Base URL, e.g. `https://apig.<region>.myhuaweicloud.com`. */
    endpoint: string;
    /**
     * Value of the `X-Auth-Token` header, or an async provider called per attempt.
     *
     * User token. It can be obtained by calling the IAM API used to obtain a user token. The value of X-Subject-Token in the response header is a token.
     */
    token: TokenProvider;
}
/**
 * Client of Huawei Cloud API Gateway (APIG): one method per documented operation. Sends the token in `X-Auth-Token`.
 */
export declare class HuaweiApigClient {
    #private;
    constructor(options: HuaweiApigClientOptions);
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
    updateCustomAuthorizer(input: UpdateCustomAuthorizerRequest, options?: CallOptions): Promise<UpdateCustomAuthorizerResponse>;
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
    updateGatewayResponse(input: UpdateGatewayResponseRequest, options?: CallOptions): Promise<UpdateGatewayResponseResponse>;
}
