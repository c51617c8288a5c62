// Copied by opforge from src/runtime/client/answer.ts. DO NOT EDIT.
import { parseJson } from "../shared/json-parse.js";
import { MAX_DEPTH } from "../shared/limits.js";
import { isJsonMediaType } from "../shared/media-type.js";
import { RedirectError, ResponseFormatError, ServiceError } from "./errors.js";
import { headerRecord } from "./read-body.js";
import { toServiceError } from "./service-error.js";
/** Reads `text` as an answer body: bounded JSON, else the text itself. */
export function receive(response, text) {
  if (text.trim() === "") return { response, text, body: undefined, notJson: undefined };
  const parsed = parseJson(text, MAX_DEPTH);
  return parsed.ok
    ? { response, text, body: parsed.value, notJson: undefined }
    : { response, text, body: text, notJson: parsed.reason };
}
/** Interprets a received answer to `op`. */
export function interpret(ctx, op, received) {
  const { response } = received;
  const status = response.status;
  const answer = { status, headers: response.headers, body: received.body };
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
  const error = toServiceError(
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
function formatProblem(op, received) {
  if (op.method === "HEAD") return undefined;
  const empty = received.body === undefined;
  if (empty && !op.output) return undefined;
  const type = received.response.headers.get("content-type");
  if (type !== null && !isJsonMediaType(type)) return `content type is ${type}`;
  return received.notJson === undefined ? undefined : `body does not parse (${received.notJson})`;
}
