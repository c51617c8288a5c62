/**
 * botocore error shapes -> spec errors: the code is the shape name (or the
 * model's `error.code`), the status its `error.httpStatusCode` (botocore's
 * defaults when absent: 500 for a fault, else 400), retryable when the model
 * marks it so or botocore's standard retry mode treats its code as
 * throttling.
 */
import type { RawErrorDef } from "../../spec/raw.js";
import { htmlToText } from "../common/html-text.js";
import { shapeOf, type BotoModel } from "./botocore-model.js";
import { leftOutComment, type ShapeTypes } from "./shape-types.js";

/**
 * Error codes botocore's standard retry mode retries as throttling
 * (`botocore/retries/standard.py`, `ThrottlingErrorDetector._THROTTLED_ERROR_CODES`);
 * its legacy `_retry.json` also retries every 429.
 */
export const THROTTLING_CODES: ReadonlySet<string> = new Set([
  "Throttling",
  "ThrottlingException",
  "ThrottledException",
  "RequestThrottledException",
  "TooManyRequestsException",
  "ProvisionedThroughputExceededException",
  "TransactionInProgressException",
  "RequestLimitExceeded",
  "BandwidthLimitExceeded",
  "LimitExceededException",
  "RequestThrottled",
  "SlowDown",
  "PriorRequestNotComplete",
  "EC2ThrottledException",
]);

/** A spec error drafted from a botocore error shape. */
export interface DraftedError {
  name: string;
  def: RawErrorDef;
  /** A comment for the reviewer (members left out). */
  comment?: string;
}

/** The spec error for error shape `name`, its members converted like any structure's. */
export function draftError(
  model: BotoModel,
  types: ShapeTypes,
  name: string,
  sourceTitle: string,
): DraftedError {
  const s = shapeOf(model, name);
  const status = s.error?.httpStatusCode ?? (s.fault ? 500 : 400);
  const code = s.error?.code ?? name;
  const retryable = s.retryable !== undefined || THROTTLING_CODES.has(code) || status === 429;
  const built = types.members(s, "error");
  const def: RawErrorDef = { status, code };
  const text = s.documentation ? htmlToText(s.documentation) : "";
  if (text) def.documentation = text;
  if (retryable) def.retryable = true;
  const why = [
    s.error?.httpStatusCode === undefined
      ? `status ${status} is botocore's default for a ${s.fault ? "server fault" : "client error"}`
      : "",
    retryable && s.retryable === undefined
      ? THROTTLING_CODES.has(code)
        ? "retryable: botocore retries this code as throttling"
        : "retryable: botocore retries every 429"
      : "",
  ].filter(Boolean);
  def.source = `status, code and members from ${sourceTitle}${why.length ? `; ${why.join("; ")}` : ""}`;
  def.members = built.members;
  if (built.leftOut.length)
    def.verify = {
      ignore: ["extra"],
      reason: built.leftOut.map((l) => `${l.name}: ${l.reason}`).join("; "),
    };
  // Verify matches errors by the model's shape name, so the name is kept as botocore spells it.
  return { name, def, ...(built.leftOut.length ? { comment: leftOutComment(built.leftOut) } : {}) };
}
