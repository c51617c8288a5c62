// Copied by opforge from src/runtime/mock/steps/decode.ts. DO NOT EDIT.
import { EMPTY_OBJECT, isObject } from "../../shared/json.js";
import { parseJson } from "../../shared/json-parse.js";
import { errorAnswer } from "../errors.js";
/** Parses the body and decodes the request to documented names. */
export const decode = (ex) => {
  const op = ex.operation;
  const protocol = op.service.protocol;
  const malformed = (text) =>
    errorAnswer(ex, op.badRequest, "bad-request", protocol.malformedMessage("body", text));
  let body = EMPTY_OBJECT;
  // A body of only whitespace counts as no body.
  if (ex.bodyText.length !== 0 && !/^\s*$/.test(ex.bodyText)) {
    const parsed = parseJson(ex.bodyText, ex.context.maxDepth);
    if (!parsed.ok) return malformed(`Could not parse request body into json: ${parsed.reason}`);
    body = parsed.value;
  }
  if (!isObject(body)) return malformed("The request body must be a JSON object");
  ex.body = body;
  // Only operations with header members read headers: the others share one reader of nothing.
  const headers = op.model.input.headers.length ? nodeHeaders(ex.req) : NO_HEADERS;
  const request = { labels: ex.labels, query: ex.rawQuery, headers, body };
  const decoded = protocol.decodeRequest(op.model, request, op.service.model.rejectUnknownInput);
  ex.input = decoded.input;
  ex.problems = decoded.problems;
  return undefined;
};
const NO_HEADERS = { get: () => null };
/** Node's lower-cased header record, read like `Headers` (repeated headers joined with `, `). */
function nodeHeaders(req) {
  return {
    get(name) {
      const v = req.headers[name.toLowerCase()];
      return v === undefined ? null : Array.isArray(v) ? v.join(", ") : v;
    },
  };
}
