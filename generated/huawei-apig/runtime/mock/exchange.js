// Copied by opforge from src/runtime/mock/exchange.ts. DO NOT EDIT.
/** Returned by a step that will call `resume` (see `pipeline.ts`) itself once it knows its result. */
export const SUSPENDED = Object.freeze({
  status: -1,
  headers: Object.freeze({}),
  body: "",
});
/** Sent instead of an answer when the client went away: the socket is destroyed, nothing is written. */
export const ABANDONED = Object.freeze({
  status: 0,
  headers: Object.freeze({}),
  body: "",
});
/** Sent instead of an answer for `Prefer: fault=reset`: the connection is reset (TCP RST), nothing is written. */
export const RESET = Object.freeze({
  status: 0,
  headers: Object.freeze({}),
  body: "",
});
const NO_LABELS = Object.freeze([]);
const NO_PROBLEMS = Object.freeze([]);
/** An exchange for a request that just arrived. */
export function newExchange(context, req, res) {
  const url = req.url ?? "/";
  const q = url.indexOf("?");
  return {
    context,
    req,
    res,
    started: performance.now(),
    method: req.method ?? "GET",
    rawPath: q === -1 ? url : url.slice(0, q),
    rawQuery: q === -1 ? "" : url.slice(q + 1),
    service: undefined,
    operation: undefined,
    labels: NO_LABELS,
    bodyRead: false,
    bodyText: "",
    body: undefined,
    input: undefined,
    problems: NO_PROBLEMS,
    output: undefined,
    delayMs: 0,
    fault: undefined,
    drain: false,
    control: false,
    requestId: undefined,
    step: 0,
  };
}
