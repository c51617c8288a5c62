/**
 * The error classes every generated client builds on. Service errors (the
 * service answered with an error status) are kept apart from transport
 * failures (no answer: {@link NetworkError}, {@link TimeoutError}) and from
 * input rejected before sending ({@link InputValidationError}).
 */
/** What the runtime knows about an error response. */
export interface ServiceErrorInit {
    /** Error name from the error table (or the generic class name). */
    name: string;
    /** HTTP status. */
    status: number;
    /** Vendor's code: AWS error type, Huawei `error_code`. */
    code: string | undefined;
    message: string;
    /** `x-amzn-RequestId` (AWS) or `X-Request-Id` (Huawei), when sent. */
    requestId: string | undefined;
    /** The parsed JSON body (or the raw text when it is not JSON). */
    body: unknown;
    /** The error's documented members, read from the body and headers. */
    data: Record<string, unknown>;
    /** Response headers, names in lower case. */
    headers: Record<string, string>;
    /** Operation that failed, e.g. `PutMethod`. */
    operation: string;
    /** Whether the runtime may retry this error (throttling, 5xx, documented as retryable). */
    retryable: boolean;
}
/** The service answered with an error status. Generated clients subclass it per documented error. */
export declare class ServiceError extends Error {
    readonly status: number;
    readonly code: string | undefined;
    readonly requestId: string | undefined;
    readonly body: unknown;
    readonly data: unknown;
    readonly headers: Record<string, string>;
    readonly operation: string;
    readonly retryable: boolean;
    constructor(init: ServiceErrorInit);
}
/** A constructor of a {@link ServiceError} subclass, as listed in a generated error table. */
export type ServiceErrorConstructor = new (init: ServiceErrorInit) => ServiceError;
/** No HTTP answer: connection refused or reset, DNS failure, unreadable body. */
export declare class NetworkError extends Error {
    readonly name: string;
    readonly operation: string;
    constructor(operation: string, cause: unknown);
}
/** The call did not finish within its `timeoutMs` (retries included). */
export declare class TimeoutError extends Error {
    readonly name: string;
    readonly operation: string;
    readonly timeoutMs: number;
    constructor(operation: string, timeoutMs: number);
}
/** One problem found by a generated validator. */
export interface InputProblem {
    path: string;
    rule: string;
    message: string;
}
/** The input failed the generated validator; nothing was sent. */
export declare class InputValidationError extends Error {
    readonly name: string;
    readonly operation: string;
    readonly problems: InputProblem[];
    constructor(operation: string, problems: InputProblem[]);
}
