// Copied by opforge from src/runtime/mock/drain.ts. DO NOT EDIT.
/** The most bytes read and dropped after a refused body (64 MiB). */
export const DRAIN_MAX_BYTES = 64 * 1024 * 1024;
/**
 * Reads and drops what is left of `req` (at most `maxBytes`, for at most
 * `maxMs`), then ends `res`, whose answer is already written; a connection
 * still sending past the bound is destroyed.
 */
export function endAfterDrain(req, res, maxBytes, maxMs) {
  if (req.complete || req.destroyed) return void res.end();
  let seen = 0;
  let done = false;
  const finish = (complete) => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    req.removeListener("data", count);
    res.end();
    if (!complete) req.socket.destroy();
  };
  const count = (chunk) => {
    seen += chunk.length;
    if (seen > maxBytes) finish(false);
  };
  const timer = setTimeout(() => finish(false), maxMs);
  req.on("data", count);
  req.once("end", () => finish(true));
  req.once("close", () => finish(req.complete));
  req.resume();
}
