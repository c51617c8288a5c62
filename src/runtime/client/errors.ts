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
export class ServiceError extends Error {
  readonly status: number;
  readonly code: string | undefined;
  readonly requestId: string | undefined;
  readonly body: unknown;
  readonly data: unknown;
  readonly headers: Record<string, string>;
  readonly operation: string;
  readonly retryable: boolean;

  constructor(init: ServiceErrorInit) {
    super(init.message);
    // Set from the table, not `new.target.name`: minifiers rename classes.
    this.name = init.name;
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.body = init.body;
    this.data = init.data;
    this.headers = init.headers;
    this.operation = init.operation;
    this.retryable = init.retryable;
  }
}

/** A constructor of a {@link ServiceError} subclass, as listed in a generated error table. */
export type ServiceErrorConstructor = new (init: ServiceErrorInit) => ServiceError;

/** No HTTP answer: connection refused or reset, DNS failure, unreadable or oversized body. */
export class NetworkError extends Error {
  override readonly name: string = "NetworkError";
  readonly operation: string;
  constructor(operation: string, cause: unknown) {
    super(
      `${operation}: network error: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
    this.operation = operation;
  }
}

/** The call did not finish within its deadline (`timeoutMs`, 60 s by default; retries included). */
export class TimeoutError extends Error {
  override readonly name: string = "TimeoutError";
  readonly operation: string;
  readonly timeoutMs: number;
  constructor(operation: string, timeoutMs: number) {
    super(`${operation}: no answer within ${timeoutMs} ms`);
    this.operation = operation;
    this.timeoutMs = timeoutMs;
  }
}

/** One problem found by a generated validator. */
export type InputProblem = ValidationProblem;

/** A problem as one line: the validators' messages already start with their path. */
function problemText(p: InputProblem): string {
  const at = p.path || "(root)";
  return p.message.startsWith(`${at}: `) ? p.message : `${at}: ${p.message}`;
}

/** The input failed the generated validator; nothing was sent. */
export class InputValidationError extends Error {
  override readonly name: string = "InputValidationError";
  readonly operation: string;
  readonly problems: InputProblem[];
  constructor(operation: string, problems: InputProblem[]) {
    const first = problems[0];
    super(
      `${operation}: invalid input${first ? `: ${problemText(first)}` : ""}${problems.length > 1 ? ` (+${problems.length - 1} more)` : ""}`,
    );
    this.operation = operation;
    this.problems = problems;
  }
}

/**
 * The answer was a redirect (3xx). Redirects are never followed: the next
 * hop could be another origin, and the request carries credentials and a
 * body. `location` says where the server pointed; not retried.
 */
export class RedirectError extends Error {
  override readonly name: string = "RedirectError";
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
  ) {
    super(
      `${operation}: the service answered HTTP ${status}${location ? ` redirecting to ${location}` : ""}; redirects are not followed`,
    );
    this.operation = operation;
    this.status = status;
    this.location = location;
    this.headers = headers;
  }
}

/**
 * A success status whose body is not what the protocol declares (JSON):
 * an HTML page from a proxy or a captive portal, or text that does not
 * parse. Not retried.
 */
export class ResponseFormatError extends Error {
  override readonly name: string = "ResponseFormatError";
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
  ) {
    super(`${operation}: HTTP ${status} answer is not JSON: ${reason}`);
    this.operation = operation;
    this.status = status;
    this.contentType = contentType;
    this.body = body;
    this.headers = headers;
  }
}
