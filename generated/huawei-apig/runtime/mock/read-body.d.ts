// Copied by opforge from src/runtime/mock/read-body.ts. DO NOT EDIT.
/**
 * Request bodies are untrusted: read with a byte limit (refused as soon as
 * they pass it) and a time limit (a body that stops arriving is not waited
 * for forever; see `deadlines.ts`).
 */
import type { IncomingMessage } from "node:http";
import { type Deadlines } from "./deadlines.js";
/** The body's text, or why there is none. */
export type BodyResult =
  | {
      ok: true;
      text: string;
    }
  | {
      ok: false;
      reason: "too-large";
      limit: number;
    }
  | {
      ok: false;
      reason: "timeout";
      ms: number;
    }
  | {
      ok: false;
      reason: "aborted";
    };
/**
 * Reads the whole body as UTF-8, giving up as soon as it exceeds `limit`
 * bytes or has not ended about `timeoutMs` after `since` (a
 * `performance.now()` time; by default, the call). Callback style:
 * no promise per request on the hot path. On `too-large` and `timeout` the
 * request is left paused, for the caller to drain or drop.
 */
export declare function readBody(
  req: IncomingMessage,
  limit: number,
  deadlines: Deadlines,
  timeoutMs: number,
  done: (result: BodyResult) => void,
  since?: number,
): void;
