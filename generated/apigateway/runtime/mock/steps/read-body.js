// Copied by opforge from src/runtime/mock/steps/read-body.ts. DO NOT EDIT.
/**
 * Step: the request body, read within the body limit; only JSON (or no
 * content type) is accepted. A body over the limit is refused with 413 as
 * soon as it passes the limit, and the connection is closed after the answer.
 */
import { isJsonMediaType } from "../../shared/media-type.js";
import { errorAnswer } from "../errors.js";
import { ABANDONED } from "../exchange.js";
import { readBody } from "../read-body.js";
/** Reads the body; answers 400 for a non-JSON type, 413 past the limit. */
export const readRequestBody = (ex) => {
  const { req } = ex;
  const length = req.headers["content-length"];
  const hasBody =
    length !== undefined ? length !== "0" : req.headers["transfer-encoding"] !== undefined;
  if (!hasBody) return undefined;
  const op = ex.operation;
  const protocol = op.service.protocol;
  const type = req.headers["content-type"];
  if (type !== undefined && type !== "" && !isJsonMediaType(type)) {
    const text = `Unsupported Media Type '${type}': send application/json`;
    return errorAnswer(
      ex,
      op.badRequest,
      "bad-request",
      protocol.malformedMessage("Content-Type", text),
    );
  }
  return new Promise((resolve) =>
    readBody(req, ex.context.bodyLimit, (body) => {
      ex.bodyRead = true;
      if (body.ok) {
        ex.bodyText = body.text;
        return resolve(undefined);
      }
      if (body.reason === "aborted") return resolve(ABANDONED);
      ex.res.shouldKeepAlive = false;
      const message = `Request body exceeds the limit of ${body.limit} bytes`;
      resolve(protocol.encodeBuiltin("too-large", message));
    }),
  );
};
