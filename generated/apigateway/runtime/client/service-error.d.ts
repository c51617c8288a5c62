// Copied by opforge from src/runtime/client/service-error.ts. DO NOT EDIT.
/**
 * Error answers -> the documented error class: the vendor's code picks the
 * error, else the status when exactly one of the operation's errors has it;
 * anything else becomes the service's generic error class.
 */
import type { HeaderReader, Protocol } from "../protocol/types.js";
import type { ErrorModel, OperationModel, ServiceModel } from "../table/model.js";
import type { ServiceError } from "./errors.js";
import type { ClientWiring } from "./options.js";
/** The response fields read here; a `Response` with its parsed body satisfies it. */
export interface ErrorResponse {
  status: number;
  statusText?: string;
  headers: HeaderReader & {
    forEach(cb: (value: string, key: string) => void): void;
  };
  /** Parsed JSON body, or the text when it is not JSON. */
  body: unknown;
}
/**
 * The documented error an answer stands for: by the code the operation
 * uses, by error name (AWS codes are names), by a service-wide code, then
 * by status when exactly one of the operation's errors has it.
 */
export declare function resolveError(
  service: ServiceModel,
  op: OperationModel,
  status: number,
  code: string | undefined,
): ErrorModel | undefined;
/** The typed error of an error answer: documented class and data, else the generic class. */
export declare function toServiceError(
  ctx: {
    service: ServiceModel;
    protocol: Protocol;
    wiring: ClientWiring;
  },
  op: OperationModel,
  response: ErrorResponse,
  retryableStatus: boolean,
): ServiceError;
