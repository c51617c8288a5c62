/**
 * The observer that keeps each finished vendor exchange in the journal
 * (control requests are not kept). It only gathers references the
 * exchange already holds: the journal builds JSON when it is read.
 */
import type { Exchange } from "../exchange.js";
import type { Observer } from "../log.js";
import type { Journal } from "./journal.js";

/** An observer recording exchanges into `journal`. */
export function journalObserver(journal: Journal): Observer {
  return (ex: Exchange, answer) => {
    if (ex.control || journal.capacity === 0) return;
    const protocol = ex.service?.protocol;
    journal.record({
      started: ex.started,
      finished: performance.now(),
      method: ex.method,
      path: ex.req.url ?? ex.rawPath,
      service: ex.service?.model.id,
      operation: ex.operation?.model.name,
      status: answer.status,
      fault: ex.fault,
      requestHeaders: ex.req.headers,
      requestBody: ex.bodyText,
      responseHeaders: answer.headers,
      requestIdHeader:
        protocol && ex.requestId !== undefined ? protocol.requestIdHeader : undefined,
      requestId: ex.requestId,
      responseBody: answer.body,
    });
  };
}
