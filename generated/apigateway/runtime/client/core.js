// Copied by opforge from src/runtime/client/core.ts. DO NOT EDIT.
/**
 * The engine behind every generated client: builds the request through the
 * service's protocol module, lets hooks see it, authenticates, sends it
 * with the pluggable `fetch` (never following redirects) under the call's
 * deadline and the caller's `AbortSignal`, retries throttling, 5xx and
 * documented-retryable errors with backoff, and turns the answer into the
 * documented output or a typed error.
 */
import { checkedProtocol } from "../protocol/checked.js";
import { setOwn } from "../shared/json.js";
import { DEFAULT_MAX_RESPONSE_BYTES } from "../shared/limits.js";
import { decodeServiceTable } from "../table/decode.js";
import { interpret, receive } from "./answer.js";
import { callSignal, deadlineMs, sleep } from "./deadline.js";
import { resolveEndpoint } from "./endpoint.js";
import { NetworkError } from "./errors.js";
import { readText } from "./read-body.js";
import { DEFAULT_RETRY, backoffMs, isRetryableStatus, retryAfterMs } from "./retry.js";
import { validateInput } from "./validate-input.js";
/** One per generated client: sends its operations (see the file comment). */
export class ClientCore {
  #service;
  #protocol;
  #options;
  #wiring;
  #endpoint;
  #retry;
  #answers;
  /**
   * Throws a TypeError at once when no endpoint can be resolved (no
   * `endpoint`, and no default endpoint or no `region` to fill it with).
   */
  constructor(service, options, wiring) {
    this.#service = decodeServiceTable(service);
    this.#protocol = checkedProtocol(wiring.protocol, this.#service.protocol);
    this.#options = options;
    this.#wiring = wiring;
    this.#endpoint = resolveEndpoint(this.#service, options);
    deadlineMs(options.timeoutMs);
    this.#retry =
      options.retry === false
        ? { ...DEFAULT_RETRY, maxAttempts: 1 }
        : { ...DEFAULT_RETRY, ...options.retry };
    this.#answers = {
      service: this.#service,
      protocol: this.#protocol,
      wiring,
      retryableStatus: isRetryableStatus,
    };
  }
  /**
   * Calls `operation` with `input` (documented names). Resolves to its
   * output (documented names), or `undefined` for an operation without one.
   */
  async send(operation, input, call = {}) {
    const op = this.#service.operations.get(operation);
    if (!op) throw new TypeError(`${this.#service.name} has no operation ${operation}`);
    const opts = this.#options;
    // No input is an empty one (the declared signature makes it optional when nothing is required).
    const given = input ?? {};
    if (call.validate !== false)
      validateInput(op.name, given, opts.validators, this.#wiring.inputValidators?.[op.name]);
    const base = this.#protocol.encodeRequest(op, given, this.#endpoint);
    Object.assign(base.headers, lowerKeys(opts.headers), lowerKeys(call.headers));
    const deadline = callSignal(op.name, deadlineMs(call.timeoutMs ?? opts.timeoutMs), call.signal);
    try {
      return await this.#attempts(op, base, deadline.signal);
    } catch (error) {
      // An abort surfaces as its reason: our TimeoutError, or the caller's own reason.
      throw deadline.signal.aborted ? deadline.signal.reason : error;
    } finally {
      deadline.dispose();
    }
  }
  async #attempts(op, base, signal) {
    const hooks = this.#options.hooks ?? {};
    for (let attempt = 1; ; attempt++) {
      const ctx = {
        operation: op.name,
        attempt,
        request: { ...base, headers: { ...base.headers } },
      };
      await hooks.beforeRequest?.(ctx);
      const signed = await this.#wiring.authenticate(ctx.request);
      let received;
      try {
        received = await this.#exchange(signed, signal);
      } catch (cause) {
        if (signal.aborted) throw signal.reason;
        const error = new NetworkError(op.name, cause);
        // An oversized body would be oversized again: only transport failures are retried.
        if (attempt >= this.#retry.maxAttempts || cause instanceof RangeError) throw error;
        await this.#wait(ctx, error, backoffMs(attempt, this.#retry), signal);
        continue;
      }
      const { response, body } = received;
      await hooks.afterResponse?.({ ...ctx, response, body });
      const result = interpret(this.#answers, op, received);
      if (result.ok) return result.output;
      if (!result.retryable || attempt >= this.#retry.maxAttempts) throw result.error;
      const after = retryAfterMs(response.headers.get("retry-after"));
      // A server asking for a longer pause than we are willing to wait gets its error back now.
      if (after !== undefined && after > this.#retry.maxDelayMs) throw result.error;
      await this.#wait(ctx, result.error, after ?? backoffMs(attempt, this.#retry), signal);
    }
  }
  /** One HTTP exchange: the request sent without following redirects, the body read within bounds. */
  async #exchange(request, signal) {
    const doFetch = this.#options.fetch ?? ((url, init) => globalThis.fetch(url, init));
    const response = await doFetch(request.url, {
      method: request.method,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
      signal,
      redirect: "manual",
    });
    const limit = this.#options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    return receive(response, await readText(response, limit));
  }
  async #wait(ctx, error, delayMs, signal) {
    await this.#options.hooks?.beforeRetry?.({ ...ctx, error, delayMs });
    await sleep(delayMs, signal);
  }
}
function lowerKeys(headers) {
  const out = {};
  if (headers) for (const key of Object.keys(headers)) setOwn(out, key.toLowerCase(), headers[key]);
  return out;
}
