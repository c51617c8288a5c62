// Copied by opforge from src/runtime/client/service-error.ts. DO NOT EDIT.
import { headerRecord } from "./read-body.js";
/**
 * The documented error an answer stands for: by the code the operation
 * uses, by error name (AWS codes are names), by a service-wide code, then
 * by status when exactly one of the operation's errors has it.
 */
export function resolveError(service, op, status, code) {
  if (code !== undefined) {
    const known =
      op.errorsByCode.get(code)?.error ??
      op.errorsByName.get(code)?.error ??
      service.errorsByCode.get(code) ??
      (service.protocol === "aws-rest-json" ? service.errors.get(code) : undefined);
    if (known) return known;
  }
  const byStatus = op.errors.filter((e) => e.error.status === status);
  return byStatus.length === 1 ? byStatus[0].error : undefined;
}
/** The typed error of an error answer: documented class and data, else the generic class. */
export function toServiceError(ctx, op, response, retryableStatus) {
  const facts = ctx.protocol.readError(response);
  const error = resolveError(ctx.service, op, response.status, facts.code);
  const classes = ctx.wiring.errors;
  const Ctor =
    (error && Object.hasOwn(classes, error.name) ? classes[error.name] : undefined) ??
    ctx.wiring.serviceError;
  return new Ctor({
    name: error?.name ?? `${ctx.service.name}ServiceError`,
    status: response.status,
    code: facts.code,
    message:
      facts.message ??
      `${op.name} failed with HTTP ${response.status}${response.statusText ? " " + response.statusText : ""}`,
    requestId: facts.requestId,
    body: response.body,
    data: error ? ctx.protocol.decodeErrorData(error, response) : {},
    headers: headerRecord(response.headers),
    operation: op.name,
    retryable: retryableStatus || (error?.retryable ?? false),
  });
}
