/**
 * What an HTTP answer means for a call: the documented output of a success,
 * a {@link RedirectError} for a 3xx (never followed), a
 * {@link ResponseFormatError} for a success that is not JSON, or the typed
 * service error of a failure.
 */
import type { Protocol, ReceivedResponse } from "../protocol/types.js";
import { parseJson } from "../shared/json-parse.js";
import { MAX_DEPTH } from "../shared/limits.js";
import { isJsonMediaType } from "../shared/media-type.js";
import type { OperationModel, ServiceModel } from "../table/model.js";
import { RedirectError, ResponseFormatError, ServiceError } from "./errors.js";
import type { ClientWiring } from "./options.js";
import { headerRecord } from "./read-body.js";
import { toServiceError } from "./service-error.js";

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
export function receive(response: Response, text: string): Received {
  if (text.trim() === "") return { response, text, body: undefined, notJson: undefined };
  const parsed = parseJson(text, MAX_DEPTH);
  return parsed.ok
    ? { response, text, body: parsed.value, notJson: undefined }
    : { response, text, body: text, notJson: parsed.reason };
}

/** An answer's meaning: the output, or an error and whether another attempt may help. */
export type Interpretation =
  { ok: true; output: unknown } | { ok: false; error: Error; retryable: boolean };

/** Everything {@link interpret} needs besides the answer. */
export interface AnswerContext {
  service: ServiceModel;
  protocol: Protocol;
  wiring: ClientWiring;
  /** Whether the status alone makes the error worth another attempt. */
  retryableStatus: (status: number) => boolean;
}

/** Interprets a received answer to `op`. */
export function interpret(
  ctx: AnswerContext,
  op: OperationModel,
  received: Received,
): Interpretation {
  const { response } = received;
  const status = response.status;
  const answer: ReceivedResponse = { status, headers: response.headers, body: received.body };
  if (status >= 200 && status < 300) {
    const problem = formatProblem(op, received);
    if (problem !== undefined) {
      const type = response.headers.get("content-type") ?? undefined;
      const headers = headerRecord(response.headers);
      const error = new ResponseFormatError(op.name, status, type, received.text, headers, problem);
      return { ok: false, error, retryable: false };
    }
    return { ok: true, output: op.output ? ctx.protocol.decodeOutput(op, answer) : undefined };
  }
  if (status >= 300 && status < 400) {
    const location = response.headers.get("location") ?? undefined;
    const error = new RedirectError(op.name, status, location, headerRecord(response.headers));
    return { ok: false, error, retryable: false };
  }
  const error: ServiceError = toServiceError(
    ctx,
    op,
    {
      ...answer,
      statusText: response.statusText,
      headers: response.headers,
    },
    ctx.retryableStatus(status),
  );
  return { ok: false, error, retryable: error.retryable };
}

/**
 * Why a success answer is not the JSON the protocol declares, or undefined
 * when it is. An operation without output may answer with an empty body of
 * any type; any other body must be JSON by content type (when one is sent)
 * and by content.
 */
function formatProblem(op: OperationModel, received: Received): string | undefined {
  if (op.method === "HEAD") return undefined;
  const empty = received.body === undefined;
  if (empty && !op.output) return undefined;
  const type = received.response.headers.get("content-type");
  if (type !== null && !isJsonMediaType(type)) return `content type is ${type}`;
  return received.notJson === undefined ? undefined : `body does not parse (${received.notJson})`;
}
