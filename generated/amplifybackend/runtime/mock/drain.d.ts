// Copied by opforge from src/runtime/mock/drain.ts. DO NOT EDIT.
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
export declare const DRAIN_MAX_BYTES: number;
/**
 * Reads and drops what is left of `req` (at most `maxBytes`, for at most
 * `maxMs`), then ends `res`, whose answer is already written; a connection
 * still sending past the bound is destroyed.
 */
export declare function endAfterDrain(
  req: IncomingMessage,
  res: ServerResponse,
  maxBytes: number,
  maxMs: number,
): void;
