/**
 * The engine behind every generated client: builds the request, lets hooks
 * see it, authenticates, sends it with the pluggable `fetch` under a timeout
 * and the caller's `AbortSignal`, retries throttling and 5xx answers with
 * backoff, and turns the answer into the typed output or a typed error.
 */
import { type InputProblem } from "./errors.js";
import { type PreparedRequest } from "./request.js";
import { type ServiceTable } from "./response.js";
import { type RetryOptions } from "./retry.js";
import type { OperationSpec } from "./schema.js";
/** The `fetch` signature the client needs; `globalThis.fetch` by default. */
export type FetchLike = (url: string, init: {
    method: string;
    headers: Record<string, string>;
    body?: string;
    signal: AbortSignal;
}) => Promise<Response>;
/** Adds credentials to a prepared request (SigV4 signature, token header). */
export type Authenticate = (request: PreparedRequest) => Promise<PreparedRequest>;
/** What a hook sees before each attempt; it may change `request` (before signing). */
export interface RequestContext {
    operation: string;
    /** 1 for the first attempt. */
    attempt: number;
    request: PreparedRequest;
}
/** What a hook sees after each answer (success or error), before it is parsed. */
export interface ResponseContext extends RequestContext {
    response: Response;
    /** Parsed JSON body (text when not JSON, undefined when empty). */
    body: unknown;
}
/** Observers and middleware points. Hooks run in the order given; a throwing hook fails the call. */
export interface ClientHooks {
    beforeRequest?: (ctx: RequestContext) => void | Promise<void>;
    afterResponse?: (ctx: ResponseContext) => void | Promise<void>;
    /** Called before waiting for a retry, with the error that caused it. */
    beforeRetry?: (ctx: RequestContext & {
        error: Error;
        delayMs: number;
    }) => void | Promise<void>;
}
/** Options every generated client accepts. */
export interface BaseClientOptions {
    /** Base URL, e.g. `https://apigateway.us-east-1.amazonaws.com` or a mock server's URL. */
    endpoint?: string;
    /** Replaces `globalThis.fetch` (tests, proxies, instrumentation). */
    fetch?: FetchLike;
    /** Headers added to every request (before signing, so they are signed). */
    headers?: Record<string, string>;
    /** Deadline for a whole call, retries included, in ms. No deadline by default. */
    timeoutMs?: number;
    /** Retry policy, or `false` for a single attempt. */
    retry?: RetryOptions | false;
    hooks?: ClientHooks;
    /** Largest response body read, in bytes; a larger one fails the attempt with a NetworkError. Default 10 MiB. */
    maxResponseBytes?: number;
    /**
     * The package's generated validators (`import * as validators from "<package>/validators"`):
     * when given, every input is checked before sending and an invalid one
     * fails with `InputValidationError`. Passed in, not imported, so that a
     * client without validation does not carry them in its bundle.
     */
    validators?: object;
}
/** Per-call options, second argument of every operation method. */
export interface CallOptions {
    signal?: AbortSignal;
    /** Overrides the client's `timeoutMs` for this call. */
    timeoutMs?: number;
    /** Extra headers for this call. */
    headers?: Record<string, string>;
    /** `false` skips input validation for this call (when the client has `validators`). */
    validate?: boolean;
}
/** A generated validator: `validate<Input>(value)`. */
export type Validator = (value: unknown) => {
    valid: boolean;
    problems: InputProblem[];
};
export interface CoreConfig extends BaseClientOptions {
    endpoint: string;
    authenticate: Authenticate;
}
export declare class ClientCore {
    #private;
    constructor(table: ServiceTable, config: CoreConfig);
    /** Calls one operation; resolves to its output with documented names. */
    send<Output>(spec: OperationSpec, input: unknown, call?: CallOptions): Promise<Output>;
}
/** The body as text, refusing bodies over `limit` bytes (a misbehaving server cannot exhaust memory). */
export declare function readText(response: Response, limit: number): Promise<string>;
/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
export declare function sleep(ms: number, signal: AbortSignal): Promise<void>;
