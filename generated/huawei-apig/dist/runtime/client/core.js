import { InputValidationError, NetworkError, TimeoutError } from "./errors.js";
import { buildRequest } from "./request.js";
import { parseBody, readOutput, toServiceError } from "./response.js";
import {
  DEFAULT_RETRY,
  backoffMs,
  isRetryableStatus,
  retryAfterMs
} from "./retry.js";
class ClientCore {
  #table;
  #config;
  #retry;
  constructor(table, config) {
    this.#table = table;
    this.#config = config;
    this.#retry = config.retry === false ? { ...DEFAULT_RETRY, maxAttempts: 1 } : { ...DEFAULT_RETRY, ...config.retry };
  }
  /** Calls one operation; resolves to its output with documented names. */
  async send(spec, input, call = {}) {
    const cfg = this.#config;
    if (cfg.validators && call.validate !== false && spec.validator) {
      const validator = Object.hasOwn(cfg.validators, spec.validator) ? cfg.validators[spec.validator] : void 0;
      if (typeof validator !== "function")
        throw new TypeError(
          `validators has no function ${spec.validator}: pass the package's validators module`
        );
      const result = validator(input);
      if (!result.valid) throw new InputValidationError(spec.name, result.problems);
    }
    const base = buildRequest(spec, input, this.#table.shapes, cfg.endpoint);
    Object.assign(base.headers, lowerKeys(cfg.headers), lowerKeys(call.headers));
    const timeoutMs = call.timeoutMs ?? cfg.timeoutMs;
    const controller = new AbortController();
    const onAbort = () => controller.abort(call.signal.reason);
    if (call.signal?.aborted) throw call.signal.reason;
    call.signal?.addEventListener("abort", onAbort, { once: true });
    const timer = timeoutMs === void 0 ? void 0 : setTimeout(() => controller.abort(new TimeoutError(spec.name, timeoutMs)), timeoutMs);
    try {
      return await this.#attempts(spec, base, controller.signal);
    } catch (error) {
      throw controller.signal.aborted ? controller.signal.reason : error;
    } finally {
      if (timer !== void 0) clearTimeout(timer);
      call.signal?.removeEventListener("abort", onAbort);
    }
  }
  async #attempts(spec, base, signal) {
    const cfg = this.#config;
    const hooks = cfg.hooks ?? {};
    const doFetch = cfg.fetch ?? ((url, init) => globalThis.fetch(url, init));
    for (let attempt = 1; ; attempt++) {
      const ctx = {
        operation: spec.name,
        attempt,
        request: { ...base, headers: { ...base.headers } }
      };
      await hooks.beforeRequest?.(ctx);
      const signed = await cfg.authenticate(ctx.request);
      let response;
      let body;
      try {
        response = await doFetch(signed.url, {
          method: signed.method,
          headers: signed.headers,
          ...signed.body === void 0 ? {} : { body: signed.body },
          signal
        });
        body = parseBody(
          await readText(response, cfg.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES)
        );
      } catch (cause) {
        if (signal.aborted) throw signal.reason;
        const error2 = new NetworkError(spec.name, cause);
        if (attempt >= this.#retry.maxAttempts || cause instanceof RangeError) throw error2;
        await this.#wait(ctx, error2, backoffMs(attempt, this.#retry), signal);
        continue;
      }
      await hooks.afterResponse?.({ ...ctx, response, body });
      if (response.status >= 200 && response.status < 300)
        return readOutput(spec, body, response, this.#table.shapes);
      const error = toServiceError(
        spec,
        this.#table,
        body,
        response,
        isRetryableStatus(response.status)
      );
      if (!error.retryable || attempt >= this.#retry.maxAttempts) throw error;
      const after = retryAfterMs(response.headers.get("retry-after"));
      if (after !== void 0 && after > this.#retry.maxDelayMs) throw error;
      await this.#wait(ctx, error, after ?? backoffMs(attempt, this.#retry), signal);
    }
  }
  async #wait(ctx, error, delayMs, signal) {
    await this.#config.hooks?.beforeRetry?.({ ...ctx, error, delayMs });
    await sleep(delayMs, signal);
  }
}
const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;
async function readText(response, limit) {
  const declared = Number(response.headers.get("content-length"));
  if (declared > limit)
    throw new RangeError(`response body of ${declared} bytes exceeds maxResponseBytes (${limit})`);
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks = [];
  let size = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new RangeError(`response body exceeds maxResponseBytes (${limit})`);
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    all.set(c, offset);
    offset += c.byteLength;
  }
  return new TextDecoder().decode(all);
}
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
function lowerKeys(headers) {
  const out = {};
  if (headers) for (const key of Object.keys(headers)) out[key.toLowerCase()] = headers[key];
  return out;
}
export {
  ClientCore,
  readText,
  sleep
};
