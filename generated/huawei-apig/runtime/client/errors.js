// Copied by opforge from src/runtime/client/errors.ts. DO NOT EDIT.
/** The service answered with an error status. Generated clients subclass it per documented error. */
export class ServiceError extends Error {
  status;
  code;
  requestId;
  body;
  data;
  headers;
  operation;
  retryable;
  constructor(init) {
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
/** No HTTP answer: connection refused or reset, DNS failure, unreadable or oversized body. */
export class NetworkError extends Error {
  name = "NetworkError";
  operation;
  constructor(operation, cause) {
    super(
      `${operation}: network error: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
    this.operation = operation;
  }
}
/** The call did not finish within its deadline (`timeoutMs`, 60 s by default; retries included). */
export class TimeoutError extends Error {
  name = "TimeoutError";
  operation;
  timeoutMs;
  constructor(operation, timeoutMs) {
    super(`${operation}: no answer within ${timeoutMs} ms`);
    this.operation = operation;
    this.timeoutMs = timeoutMs;
  }
}
/** A problem as one line: the validators' messages already start with their path. */
function problemText(p) {
  const at = p.path || "(root)";
  return p.message.startsWith(`${at}: `) ? p.message : `${at}: ${p.message}`;
}
/** The input failed the generated validator; nothing was sent. */
export class InputValidationError extends Error {
  name = "InputValidationError";
  operation;
  problems;
  constructor(operation, problems) {
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
  name = "RedirectError";
  operation;
  status;
  /** The `Location` header, when sent. */
  location;
  /** Response headers, names in lower case. */
  headers;
  constructor(operation, status, location, headers) {
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
  name = "ResponseFormatError";
  operation;
  status;
  /** The `Content-Type` header, when sent. */
  contentType;
  /** The body as text. */
  body;
  /** Response headers, names in lower case. */
  headers;
  constructor(operation, status, contentType, body, headers, reason) {
    super(`${operation}: HTTP ${status} answer is not JSON: ${reason}`);
    this.operation = operation;
    this.status = status;
    this.contentType = contentType;
    this.body = body;
    this.headers = headers;
  }
}
