// Copied by opforge from src/runtime/client/errors.ts. DO NOT EDIT.
/**
 * The error classes every generated client builds on. Service errors (the
 * service answered with an error status) are kept apart from transport
 * failures (no answer: {@link NetworkError}, {@link TimeoutError}), from
 * answers that are not the service's ({@link RedirectError},
 * {@link ResponseFormatError}) and from input rejected before sending
 * ({@link InputValidationError}).
 */
import type { ValidationProblem } from "../shared/validation.js";
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
/** No HTTP answer: connection refused or reset, DNS failure, unreadable or oversized body. */
export declare class NetworkError extends Error {
  readonly name: string;
  readonly operation: string;
  constructor(operation: string, cause: unknown);
}
/** The call did not finish within its deadline (`timeoutMs`, 60 s by default; retries included). */
export declare class TimeoutError extends Error {
  readonly name: string;
  readonly operation: string;
  readonly timeoutMs: number;
  constructor(operation: string, timeoutMs: number);
}
/** One problem found by a generated validator. */
export type InputProblem = ValidationProblem;
/** The input failed the generated validator; nothing was sent. */
export declare class InputValidationError extends Error {
  readonly name: string;
  readonly operation: string;
  readonly problems: InputProblem[];
  constructor(operation: string, problems: InputProblem[]);
}
/**
 * The answer was a redirect (3xx). Redirects are never followed: the next
 * hop could be another origin, and the request carries credentials and a
 * body. `location` says where the server pointed; not retried.
 */
export declare class RedirectError extends Error {
  readonly name: string;
  readonly operation: string;
  readonly status: number;
  /** The `Location` header, when sent. */
  readonly location: string | undefined;
  /** Response headers, names in lower case. */
  readonly headers: Record<string, string>;
  constructor(
    operation: string,
    status: number,
    location: string | undefined,
    headers: Record<string, string>,
  );
}
/**
 * A success status whose body is not what the protocol declares (JSON):
 * an HTML page from a proxy or a captive portal, or text that does not
 * parse. Not retried.
 */
export declare class ResponseFormatError extends Error {
  readonly name: string;
  readonly operation: string;
  readonly status: number;
  /** The `Content-Type` header, when sent. */
  readonly contentType: string | undefined;
  /** The body as text. */
  readonly body: string;
  /** Response headers, names in lower case. */
  readonly headers: Record<string, string>;
  constructor(
    operation: string,
    status: number,
    contentType: string | undefined,
    body: string,
    headers: Record<string, string>,
    reason: string,
  );
}
