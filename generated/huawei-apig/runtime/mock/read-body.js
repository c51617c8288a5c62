// Copied by opforge from src/runtime/mock/read-body.ts. DO NOT EDIT.
import { Deadline } from "./deadlines.js";
/**
 * Reads the whole body as UTF-8, giving up as soon as it exceeds `limit`
 * bytes or has not ended about `timeoutMs` after `since` (a
 * `performance.now()` time; by default, the call). Callback style:
 * no promise per request on the hot path. On `too-large` and `timeout` the
 * request is left paused, for the caller to drain or drop.
 */
export function readBody(req, limit, deadlines, timeoutMs, done, since = performance.now()) {
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
  req;
  limit;
  deadlines;
  timeoutMs;
  done;
  at;
  #first = undefined;
  #chunks = undefined;
  #size = 0;
  #finished = false;
  constructor(req, limit, deadlines, timeoutMs, done, since) {
    super();
    this.req = req;
    this.limit = limit;
    this.deadlines = deadlines;
    this.timeoutMs = timeoutMs;
    this.done = done;
    this.at = since + timeoutMs;
  }
  onData = (chunk) => {
    if (this.#finished) return;
    this.#size += chunk.length;
    if (this.#size > this.limit)
      return this.#finish({ ok: false, reason: "too-large", limit: this.limit });
    if (this.#first === undefined) this.#first = chunk;
    else (this.#chunks ??= [this.#first]).push(chunk);
  };
  onEnd = () => {
    const first = this.#first;
    if (first === undefined) return this.#finish({ ok: true, text: "" });
    const whole = this.#chunks ? Buffer.concat(this.#chunks, this.#size) : first;
    this.#finish({ ok: true, text: whole.toString("utf8") });
  };
  onError = () => this.#finish({ ok: false, reason: "aborted" });
  expire() {
    this.#finish({ ok: false, reason: "timeout", ms: this.timeoutMs });
  }
  #finish(result) {
    if (this.#finished) return;
    this.#finished = true;
    this.deadlines.done(this);
    if (!result.ok) this.req.removeListener("data", this.onData);
    this.done(result);
  }
}
