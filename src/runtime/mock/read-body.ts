/**
 * Request bodies are untrusted: read with a byte limit (refused as soon as
 * they pass it) and a time limit (a body that stops arriving is not waited
 * for forever; see `deadlines.ts`).
 */
import type { IncomingMessage } from "node:http";
import { Deadline, type Deadlines } from "./deadlines.js";

/** The body's text, or why there is none. */
export type BodyResult =
  | { ok: true; text: string }
  | { ok: false; reason: "too-large"; limit: number }
  | { ok: false; reason: "timeout"; ms: number }
  | { ok: false; reason: "aborted" };

/**
 * Reads the whole body as UTF-8, giving up as soon as it exceeds `limit`
 * bytes or has not ended about `timeoutMs` after `since` (a
 * `performance.now()` time; by default, the call). Callback style:
 * no promise per request on the hot path. On `too-large` and `timeout` the
 * request is left paused, for the caller to drain or drop.
 */
export function readBody(
  req: IncomingMessage,
  limit: number,
  deadlines: Deadlines,
  timeoutMs: number,
  done: (result: BodyResult) => void,
  since: number = performance.now(),
): void {
  const declared = req.headers["content-length"];
  if (declared !== undefined && Number(declared) > limit) {
    // Do not read what we will refuse.
    done({ ok: false, reason: "too-large", limit });
    return;
  }
  const reader = new BodyReader(req, limit, deadlines, timeoutMs, done, since);
  deadlines.add(reader);
  req.on("data", reader.onData);
  req.on("end", reader.onEnd);
  // A client gone mid-body: the request emits "error" (ECONNRESET, "aborted").
  req.on("error", reader.onError);
}

/**
 * One body being read, which is also its own deadline. One object and its
 * three listeners per request: this runs for every request with a body.
 */
class BodyReader extends Deadline {
  readonly at: number;
  #first: Buffer | undefined = undefined;
  #chunks: Buffer[] | undefined = undefined;
  #size = 0;
  #finished = false;

  constructor(
    readonly req: IncomingMessage,
    readonly limit: number,
    readonly deadlines: Deadlines,
    readonly timeoutMs: number,
    readonly done: (result: BodyResult) => void,
    since: number,
  ) {
    super();
    this.at = since + timeoutMs;
  }

  readonly onData = (chunk: Buffer): void => {
    if (this.#finished) return;
    this.#size += chunk.length;
    if (this.#size > this.limit)
      return this.#finish({ ok: false, reason: "too-large", limit: this.limit });
    if (this.#first === undefined) this.#first = chunk;
    else (this.#chunks ??= [this.#first]).push(chunk);
  };

  readonly onEnd = (): void => {
    const first = this.#first;
    if (first === undefined) return this.#finish({ ok: true, text: "" });
    const whole = this.#chunks ? Buffer.concat(this.#chunks, this.#size) : first;
    this.#finish({ ok: true, text: whole.toString("utf8") });
  };

  readonly onError = (): void => this.#finish({ ok: false, reason: "aborted" });

  expire(): void {
    this.#finish({ ok: false, reason: "timeout", ms: this.timeoutMs });
  }

  #finish(result: BodyResult): void {
    if (this.#finished) return;
    this.#finished = true;
    this.deadlines.done(this);
    if (!result.ok) this.req.removeListener("data", this.onData);
    this.done(result);
  }
}
