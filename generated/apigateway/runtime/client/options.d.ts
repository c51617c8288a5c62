// Copied by opforge from src/runtime/client/options.ts. DO NOT EDIT.
/**
 * What callers and generated clients hand to {@link ClientCore}: options,
 * per-call options, hooks, and the wiring a generated `client.js` passes
 * (its error classes, its authentication and its validator names).
 */
import type { PreparedRequest, Protocol } from "../protocol/types.js";
import type { ValidationResult } from "../shared/validation.js";
import type { ServiceErrorConstructor } from "./errors.js";
import type { RetryOptions } from "./retry.js";
export type { PreparedRequest };
/** What the client passes to `fetch`; `redirect: "manual"` so that no redirect is ever followed. */
export interface FetchInit {
  method: string;
  headers: Record<string, string>;
  body?: string;
  signal: AbortSignal;
  redirect: "manual";
}
/** The `fetch` signature the client needs; `globalThis.fetch` by default. */
export type FetchLike = (url: string, init: FetchInit) => Promise<Response>;
/** Adds credentials to a prepared request (SigV4 signature, token header); called per attempt. */
export type Authenticate = (request: PreparedRequest) => Promise<PreparedRequest>;
/** What a hook sees before each attempt; it may change `request` (before signing). */
export interface RequestContext {
  operation: string;
  /** 1 for the first attempt. */
  attempt: number;
  request: PreparedRequest;
}
/** What a hook sees after each answer (success or error), before it is interpreted. */
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
  beforeRetry?: (
    ctx: RequestContext & {
      error: Error;
      delayMs: number;
    },
  ) => void | Promise<void>;
}
/** Options every generated client accepts (auth options such as `credentials` or `token` come on top). */
export interface BaseClientOptions {
  /**
   * Base URL, e.g. a mock server's URL. Default: the service's endpoint with
   * `region` filled in; services without one (Huawei) need it.
   */
  endpoint?: string;
  /** Region, e.g. `us-east-1`: fills the default endpoint and, for AWS, the SigV4 scope. */
  region?: string;
  /** Replaces `globalThis.fetch` (tests, proxies, instrumentation). */
  fetch?: FetchLike;
  /** Headers added to every request (before signing, so they are signed). */
  headers?: Record<string, string>;
  /**
   * Deadline for a whole call, retries included, in ms. Default 60 000 (as
   * boto3's read timeout), so that no call hangs forever; `0` or `Infinity`
   * disables it.
   */
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
  /** Overrides the client's `timeoutMs` for this call (`0` or `Infinity`: no deadline). */
  timeoutMs?: number;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
  /** `false` skips input validation for this call (when the client has `validators`). */
  validate?: boolean;
}
/** A generated validator: `validate<Input>(value)`. */
export type Validator = (value: unknown) => ValidationResult;
/** What a generated client passes besides the service table and the caller's options. */
export interface ClientWiring {
  /**
   * The module of the service's wire protocol (`awsRestJson`,
   * `huaweiRestJson`): passed in, so that a package carries only its own.
   */
  protocol: Protocol;
  /** The class of each documented error, by error name. */
  errors: Readonly<Record<string, ServiceErrorConstructor>>;
  /** The service's generic class, for answers no documented error matches. */
  serviceError: ServiceErrorConstructor;
  /** From `sigv4Auth(service, options)` or `tokenAuth(service, options)`. */
  authenticate: Authenticate;
  /** Name of each operation's input validator in `options.validators`. */
  inputValidators?: Readonly<Record<string, string>>;
}
