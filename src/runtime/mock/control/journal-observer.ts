/** The observer that keeps each finished vendor exchange in the journal (control requests are not kept). */
import type { Exchange } from "../exchange.js";
import type { Observer } from "../log.js";
import type { Journal } from "./journal.js";

/** An observer recording exchanges into `journal`. */
export function journalObserver(journal: Journal): Observer {
  return (ex: Exchange, answer) => {
    if (ex.control || journal.capacity === 0) return;
    const durationMs = performance.now() - ex.started;
    let responseHeaders: Readonly<Record<string, string>> = answer.headers;
    const protocol = ex.service?.protocol;
    if (protocol && ex.requestId !== undefined)
      responseHeaders = { ...answer.headers, [protocol.requestIdHeader]: ex.requestId };
    journal.record({
      time: Date.now() - durationMs,
      method: ex.method,
      path: ex.req.url ?? ex.rawPath,
      service: ex.service?.model.id,
      operation: ex.operation?.model.name,
      status: answer.status,
      durationMs,
      fault: ex.fault,
      requestHeaders: ex.req.headers,
      requestBody: ex.bodyText,
      responseHeaders,
      responseBody: answer.body,
    });
  };
}
