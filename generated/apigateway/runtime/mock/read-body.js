// Copied by opforge from src/runtime/mock/read-body.ts. DO NOT EDIT.
/**
 * Reads the whole body as UTF-8, giving up as soon as it exceeds `limit`
 * bytes. Callback style: no promise per request on the hot path.
 */
export function readBody(req, limit, done) {
  const declared = req.headers["content-length"];
  if (declared !== undefined && Number(declared) > limit) {
    // Do not read what we will refuse; the caller closes the connection.
    req.resume();
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
    done(r);
  };
  req.on("data", (chunk) => {
    if (finished) return;
    size += chunk.length;
    if (size > limit) {
      req.removeAllListeners("data");
      req.resume();
      finish({ ok: false, reason: "too-large", limit });
      return;
    }
    if (first === undefined) first = chunk;
    else (chunks ??= [first]).push(chunk);
  });
  req.on("end", () => {
    if (first === undefined) finish({ ok: true, text: "" });
    else
      finish({ ok: true, text: (chunks ? Buffer.concat(chunks, size) : first).toString("utf8") });
  });
  req.once("error", () => finish({ ok: false, reason: "aborted" }));
}
