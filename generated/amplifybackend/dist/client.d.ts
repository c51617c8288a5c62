import { type BaseClientOptions, type CallOptions } from "./runtime/client/core.js";
import { ServiceError } from "./runtime/client/errors.js";
import { type AwsCredentialsProvider } from "./runtime/client/sigv4.js";
import type { BadRequestExceptionData, GatewayTimeoutExceptionData, NotFoundExceptionData, TooManyRequestsExceptionData, UpdateBackendAPIRequest, UpdateBackendAPIResponse } from "./types.js";
export { ServiceError, NetworkError, TimeoutError, InputValidationError, } from "./runtime/client/errors.js";
export type { ServiceErrorInit, InputProblem } from "./runtime/client/errors.js";
export type { BaseClientOptions, CallOptions, ClientHooks, FetchLike, RequestContext, ResponseContext, } from "./runtime/client/core.js";
export type { PreparedRequest } from "./runtime/client/request.js";
export type { RetryOptions } from "./runtime/client/retry.js";
export type { AwsCredentials, AwsCredentialsProvider } from "./runtime/client/sigv4.js";
/**
 * Base class of every error AmplifyBackend answers with. Thrown as is for statuses and codes the error tables do not document; documented errors are subclasses.
 */
export declare class AmplifyBackendServiceError extends ServiceError {
}
/**
 * An error returned if a request is not formed properly.
 *
 * HTTP 400, code `BadRequestException`.
 */
export declare class BadRequestException extends AmplifyBackendServiceError {
    /** The error's documented members, read from the response body and headers. */
    readonly data: BadRequestExceptionData;
}
/**
 * An error returned if there's a temporary issue with the service.
 *
 * HTTP 504, code `GatewayTimeoutException`.
 */
export declare class GatewayTimeoutException extends AmplifyBackendServiceError {
    /** The error's documented members, read from the response body and headers. */
    readonly data: GatewayTimeoutExceptionData;
}
/**
 * An error returned when a specific resource type is not found.
 *
 * HTTP 404, code `NotFoundException`.
 */
export declare class NotFoundException extends AmplifyBackendServiceError {
    /** The error's documented members, read from the response body and headers. */
    readonly data: NotFoundExceptionData;
}
/**
 * An error that is returned when a limit of a specific type has been exceeded.
 *
 * HTTP 429, code `TooManyRequestsException`, retryable.
 */
export declare class TooManyRequestsException extends AmplifyBackendServiceError {
    /** The error's documented members, read from the response body and headers. */
    readonly data: TooManyRequestsExceptionData;
}
/**
 * Options of {@link AmplifyBackendClient}.
 */
export interface AmplifyBackendClientOptions extends BaseClientOptions {
    /**
     * Base URL; default `https://amplifybackend.<region>.amazonaws.com`.
     */
    endpoint?: string;
    /** AWS region, e.g. `us-east-1`; part of the SigV4 credential scope. */
    region: string;
    /** Credentials to sign with (SigV4), or an async provider called per attempt. */
    credentials: AwsCredentialsProvider;
}
/**
 * Client of AmplifyBackend: one method per documented operation. Signs requests with AWS Signature Version 4.
 *
 * AWS Amplify Admin API
 */
export declare class AmplifyBackendClient {
    #private;
    constructor(options: AmplifyBackendClientOptions);
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
    updateBackendAPI(input: UpdateBackendAPIRequest, options?: CallOptions): Promise<UpdateBackendAPIResponse>;
}
