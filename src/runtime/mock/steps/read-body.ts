/**
 * Step: the request body, read within the body limit and the body timeout;
 * only JSON (or no content type) is accepted. A body over the limit gets
 * the vendor's 413 as soon as it passes the limit: the answer is written
 * in full, the rest of the body drained (up to a bound), then the
 * connection closed. A body that stops arriving gets the vendor's 408 and
 * the connection is closed.
 */
import { isJsonMediaType } from "../../shared/media-type.js";
import { errorAnswer } from "../errors.js";
import { ABANDONED, type Step, type StepResult } from "../exchange.js";
import { readBody } from "../read-body.js";

/** Reads the body; answers 400 for a non-JSON type, 413 past the limit, 408 past the timeout. */
export const readRequestBody: Step = (ex) => {
  const { req } = ex;
  const length = req.headers["content-length"];
  const hasBody =
    length !== undefined ? length !== "0" : req.headers["transfer-encoding"] !== undefined;
  if (!hasBody) return undefined;
  const op = ex.operation!;
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
  const { bodyLimit, bodyTimeout } = ex.context;
  return new Promise<StepResult>((resolve) =>
    readBody(req, bodyLimit, bodyTimeout, (body) => {
      ex.bodyRead = true;
      if (body.ok) {
        ex.bodyText = body.text;
        return resolve(undefined);
      }
      switch (body.reason) {
        case "aborted":
          return resolve(ABANDONED);
        case "too-large":
          ex.drain = true;
          return resolve(
            protocol.encodeBuiltin(
              "too-large",
              `Request body exceeds the limit of ${body.limit} bytes`,
            ),
          );
        case "timeout":
          ex.res.shouldKeepAlive = false;
          return resolve(
            protocol.encodeBuiltin(
              "timeout",
              `The request body did not arrive within ${body.ms} ms`,
            ),
          );
      }
    }),
  );
};
