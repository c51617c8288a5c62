// Copied by opforge from src/runtime/mock/control/journal-observer.ts. DO NOT EDIT.
/** An observer recording exchanges into `journal`. */
export function journalObserver(journal) {
  return (ex, answer) => {
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
