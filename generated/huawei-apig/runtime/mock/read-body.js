// Copied by opforge from src/runtime/mock/read-body.ts. DO NOT EDIT.
/**
 * Reads the whole body as UTF-8, giving up as soon as it exceeds `limit`
 * bytes or has not ended about `timeoutMs` after the call. Callback style:
 * no promise per request on the hot path. On `too-large` and `timeout` the
 * request is left paused, for the caller to drain or drop.
 */
export function readBody(req, limit, deadlines, timeoutMs, done) {
  const declared = req.headers["content-length"];
  if (declared !== undefined && Number(declared) > limit) {
    // Do not read what we will refuse.
    done({ ok: false, reason: "too-large", limit });
    return;
  }
  let first;
  let chunks;
  let size = 0;
  let finished = false;
  const finish = (r) => {
    if (finished) return;
    finished = true;
    deadlines.done(deadline);
    if (!r.ok) req.removeListener("data", onData);
    done(r);
  };
  const onData = (chunk) => {
    if (finished) return;
    size += chunk.length;
    if (size > limit) return finish({ ok: false, reason: "too-large", limit });
    if (first === undefined) first = chunk;
    else (chunks ??= [first]).push(chunk);
  };
  const deadline = {
    at: performance.now() + timeoutMs,
    expire: () => finish({ ok: false, reason: "timeout", ms: timeoutMs }),
  };
  deadlines.add(deadline);
  req.on("data", onData);
  req.once("end", () => {
    if (first === undefined) finish({ ok: true, text: "" });
    else
      finish({ ok: true, text: (chunks ? Buffer.concat(chunks, size) : first).toString("utf8") });
  });
  // A client gone mid-body: the request emits "error" (ECONNRESET, "aborted").
  req.once("error", () => finish({ ok: false, reason: "aborted" }));
}
