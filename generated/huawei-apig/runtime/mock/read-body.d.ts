// Copied by opforge from src/runtime/mock/read-body.ts. DO NOT EDIT.
/** Request bodies are untrusted: read with a byte limit, refused as soon as they pass it. */
import type { IncomingMessage } from "node:http";
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
      reason: "aborted";
    };
/**
 * Reads the whole body as UTF-8, giving up as soon as it exceeds `limit`
 * bytes. Callback style: no promise per request on the hot path.
 */
export declare function readBody(
  req: IncomingMessage,
  limit: number,
  done: (result: BodyResult) => void,
): void;
