import { type BaseClientOptions, type CallOptions } from "./runtime/client/core.js";
import { ServiceError } from "./runtime/client/errors.js";
import { type AwsCredentialsProvider } from "./runtime/client/sigv4.js";
import type { Account, BadRequestExceptionData, ConflictExceptionData, LimitExceededExceptionData, Method, NotFoundExceptionData, PutMethodRequest, TooManyRequestsExceptionData, UnauthorizedExceptionData, UpdateAccountRequest } from "./types.js";
export { ServiceError, NetworkError, TimeoutError, InputValidationError, } from "./runtime/client/errors.js";
export type { ServiceErrorInit, InputProblem } from "./runtime/client/errors.js";
export type { BaseClientOptions, CallOptions, ClientHooks, FetchLike, RequestContext, ResponseContext, } from "./runtime/client/core.js";
export type { PreparedRequest } from "./runtime/client/request.js";
export type { RetryOptions } from "./runtime/client/retry.js";
export type { AwsCredentials, AwsCredentialsProvider } from "./runtime/client/sigv4.js";
/**
 * Base class of every error Amazon API Gateway answers with. Thrown as is for statuses and codes the error tables do not document; documented errors are subclasses.
 */
export declare class ApiGatewayServiceError extends ServiceError {
}
/**
 * The submitted request is not valid, for example, the input is incomplete or incorrect. See the accompanying error message for details.
 *
 * HTTP 400, code `BadRequestException`.
 */
export declare class BadRequestException extends ApiGatewayServiceError {
    /** The error's documented members, read from the response body and headers. */
    readonly data: BadRequestExceptionData;
}
/**
 * The request configuration has conflicts. For details, see the accompanying error message.
 *
 * HTTP 409, code `ConflictException`.
 */
export declare class ConflictException extends ApiGatewayServiceError {
    /** The error's documented members, read from the response body and headers. */
    readonly data: ConflictExceptionData;
}
/**
 * The request exceeded the rate limit. Retry after the specified time period.
 *
 * HTTP 429, code `LimitExceededException`, retryable.
 */
export declare class LimitExceededException extends ApiGatewayServiceError {
    /** The error's documented members, read from the response body and headers. */
    readonly data: LimitExceededExceptionData;
}
/**
 * The requested resource is not found. Make sure that the request URI is correct.
 *
 * HTTP 404, code `NotFoundException`.
 */
export declare class NotFoundException extends ApiGatewayServiceError {
    /** The error's documented members, read from the response body and headers. */
    readonly data: NotFoundExceptionData;
}
/**
 * The request has reached its throttling limit. Retry after the specified time period.
 *
 * HTTP 429, code `TooManyRequestsException`, retryable.
 */
export declare class TooManyRequestsException extends ApiGatewayServiceError {
    /** The error's documented members, read from the response body and headers. */
    readonly data: TooManyRequestsExceptionData;
}
/**
 * The request is denied because the caller has insufficient permissions.
 *
 * HTTP 401, code `UnauthorizedException`.
 */
export declare class UnauthorizedException extends ApiGatewayServiceError {
    /** The error's documented members, read from the response body and headers. */
    readonly data: UnauthorizedExceptionData;
}
/**
 * Options of {@link ApiGatewayClient}.
 */
export interface ApiGatewayClientOptions extends BaseClientOptions {
    /**
     * Base URL; default `https://apigateway.<region>.amazonaws.com`.
     */
    endpoint?: string;
    /** AWS region, e.g. `us-east-1`; part of the SigV4 credential scope. */
    region: string;
    /** Credentials to sign with (SigV4), or an async provider called per attempt. */
    credentials: AwsCredentialsProvider;
}
/**
 * Client of Amazon API Gateway: one method per documented operation. Signs requests with AWS Signature Version 4.
 *
 * Amazon API Gateway helps developers deliver robust, secure, and scalable mobile and web application back ends. API Gateway allows developers to securely connect mobile and web applications to APIs that run on AWS Lambda, Amazon EC2, or other publicly addressable web services that are hosted outside of AWS.
 */
export declare class ApiGatewayClient {
    #private;
    constructor(options: ApiGatewayClientOptions);
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
    putMethod(input: PutMethodRequest, options?: CallOptions): Promise<Method>;
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
    updateAccount(input?: UpdateAccountRequest, options?: CallOptions): Promise<Account>;
}
