// Copied by opforge from src/runtime/mock/steps/read-body.ts. DO NOT EDIT.
import { isJsonMediaType } from "../../shared/media-type.js";
import { errorAnswer } from "../errors.js";
import { ABANDONED, SUSPENDED } from "../exchange.js";
import { resume } from "../pipeline.js";
import { readBody } from "../read-body.js";
/** Reads the body; answers 400 for a non-JSON type, 413 past the limit, 408 past the timeout. */
export const readRequestBody = (ex) => {
  const { req } = ex;
  const length = req.headers["content-length"];
  const hasBody =
    length !== undefined ? length !== "0" : req.headers["transfer-encoding"] !== undefined;
  if (!hasBody) return undefined;
  const op = ex.operation;
  const type = req.headers["content-type"];
  if (type !== undefined && type !== "" && !isJsonMediaType(type)) {
    const text = `Unsupported Media Type '${type}': send application/json`;
    const message = op.service.protocol.malformedMessage("Content-Type", text);
    return errorAnswer(ex, op.badRequest, "bad-request", message);
  }
  const { bodyLimit, bodyTimeout, deadlines } = ex.context;
  // The time limit runs from the head's arrival.
  readBody(
    req,
    bodyLimit,
    deadlines,
    bodyTimeout,
    (body) => resume(ex, bodyAnswer(ex, body)),
    ex.started,
  );
  return SUSPENDED;
};
/** Undefined when the body arrived (the walk goes on), else the answer to its failure. */
function bodyAnswer(ex, body) {
  ex.bodyRead = true;
  if (body.ok) {
    ex.bodyText = body.text;
    return undefined;
  }
  const protocol = ex.operation.service.protocol;
  switch (body.reason) {
    case "aborted":
      return ABANDONED;
    case "too-large":
      ex.drain = true;
      return protocol.encodeBuiltin(
        "too-large",
        `Request body exceeds the limit of ${body.limit} bytes`,
      );
    case "timeout":
      ex.res.shouldKeepAlive = false;
      return protocol.encodeBuiltin(
        "timeout",
        `The request body did not arrive within ${body.ms} ms`,
      );
  }
}
