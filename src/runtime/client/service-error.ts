/**
 * Error answers -> the documented error class: the vendor's code picks the
 * error, else the status when exactly one of the operation's errors has it;
 * anything else becomes the service's generic error class.
 */
import type { HeaderReader, Protocol } from "../protocol/types.js";
import type { ErrorModel, OperationModel, ServiceModel } from "../table/model.js";
import type { ServiceError } from "./errors.js";
import type { ClientWiring } from "./options.js";
import { headerRecord } from "./read-body.js";

/** The response fields read here; a `Response` with its parsed body satisfies it. */
export interface ErrorResponse {
  status: number;
  statusText?: string;
  headers: HeaderReader & { forEach(cb: (value: string, key: string) => void): void };
  /** Parsed JSON body, or the text when it is not JSON. */
  body: unknown;
}

/**
 * The documented error an answer stands for: by the code the operation
 * uses, by error name (AWS codes are names), by a service-wide code, then
 * by status when exactly one of the operation's errors has it.
 */
export function resolveError(
  service: ServiceModel,
  op: OperationModel,
  status: number,
  code: string | undefined,
): ErrorModel | undefined {
  if (code !== undefined) {
    const known =
      op.errorsByCode.get(code)?.error ??
      op.errorsByName.get(code)?.error ??
      service.errorsByCode.get(code) ??
      (service.protocol === "aws-rest-json" ? service.errors.get(code) : undefined);
    if (known) return known;
  }
  const byStatus = op.errors.filter((e) => e.error.status === status);
  return byStatus.length === 1 ? byStatus[0]!.error : undefined;
}

/** The typed error of an error answer: documented class and data, else the generic class. */
export function toServiceError(
  ctx: { service: ServiceModel; protocol: Protocol; wiring: ClientWiring },
  op: OperationModel,
  response: ErrorResponse,
  retryableStatus: boolean,
): ServiceError {
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
