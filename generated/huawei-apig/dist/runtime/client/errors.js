class ServiceError extends Error {
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
class NetworkError extends Error {
  name = "NetworkError";
  operation;
  constructor(operation, cause) {
    super(
      `${operation}: network error: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause }
    );
    this.operation = operation;
  }
}
class TimeoutError extends Error {
  name = "TimeoutError";
  operation;
  timeoutMs;
  constructor(operation, timeoutMs) {
    super(`${operation}: no answer within ${timeoutMs} ms`);
    this.operation = operation;
    this.timeoutMs = timeoutMs;
  }
}
class InputValidationError extends Error {
  name = "InputValidationError";
  operation;
  problems;
  constructor(operation, problems) {
    const first = problems[0];
    super(
      `${operation}: invalid input${first ? `: ${first.path || "(root)"}: ${first.message}` : ""}${problems.length > 1 ? ` (+${problems.length - 1} more)` : ""}`
    );
    this.operation = operation;
    this.problems = problems;
  }
}
export {
  InputValidationError,
  NetworkError,
  ServiceError,
  TimeoutError
};
