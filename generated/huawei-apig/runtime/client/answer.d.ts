// Copied by opforge from src/runtime/client/answer.ts. DO NOT EDIT.
/**
 * What an HTTP answer means for a call: the documented output of a success,
 * a {@link RedirectError} for a 3xx (never followed), a
 * {@link ResponseFormatError} for a success that is not JSON, or the typed
 * service error of a failure.
 */
import type { Protocol } from "../protocol/types.js";
import type { OperationModel, ServiceModel } from "../table/model.js";
import type { ClientWiring } from "./options.js";
/** An answer with its body read. */
export interface Received {
  response: Response;
  text: string;
  /** Parsed JSON body, the text when it is not JSON, undefined when empty. */
  body: unknown;
  /** Why the text is not JSON; undefined when it is (or is empty). */
  notJson: string | undefined;
}
/** Reads `text` as an answer body: bounded JSON, else the text itself. */
export declare function receive(response: Response, text: string): Received;
/** An answer's meaning: the output, or an error and whether another attempt may help. */
export type Interpretation =
  | {
      ok: true;
      output: unknown;
    }
  | {
      ok: false;
      error: Error;
      retryable: boolean;
    };
/** Everything {@link interpret} needs besides the answer. */
export interface AnswerContext {
  service: ServiceModel;
  protocol: Protocol;
  wiring: ClientWiring;
  /** Whether the status alone makes the error worth another attempt. */
  retryableStatus: (status: number) => boolean;
}
/** Interprets a received answer to `op`. */
export declare function interpret(
  ctx: AnswerContext,
  op: OperationModel,
  received: Received,
): Interpretation;
