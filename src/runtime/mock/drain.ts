/**
 * A refused body (413) may still be arriving: closing the connection at
 * once would reset it while the client is still sending, and the client
 * would see EPIPE or ECONNRESET instead of the answer. So the answer is
 * written in full first, the rest of the body is read and dropped, and
 * only then is the connection closed; past a bound (bytes or time) it is
 * closed anyway, so that a client cannot keep the mock reading forever.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

/** The most bytes read and dropped after a refused body (64 MiB). */
export const DRAIN_MAX_BYTES: number = 64 * 1024 * 1024;

/**
 * Reads and drops what is left of `req` (at most `maxBytes`, for at most
 * `maxMs`), then ends `res`, whose answer is already written; a connection
 * still sending past the bound is destroyed.
 */
export function endAfterDrain(
  req: IncomingMessage,
  res: ServerResponse,
  maxBytes: number,
  maxMs: number,
): void {
  if (req.complete || req.destroyed) return void res.end();
  let seen = 0;
  let done = false;
  const finish = (complete: boolean) => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    req.removeListener("data", count);
    res.end();
    if (!complete) req.socket.destroy();
  };
  const count = (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > maxBytes) finish(false);
  };
  const timer = setTimeout(() => finish(false), maxMs);
  req.on("data", count);
  req.once("end", () => finish(true));
  req.once("close", () => finish(req.complete));
  req.resume();
}
