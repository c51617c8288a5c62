/**
 * The engine behind every generated client: builds the request, lets hooks
 * see it, authenticates, sends it with the pluggable `fetch` under a timeout
 * and the caller's `AbortSignal`, retries throttling and 5xx answers with
 * backoff, and turns the answer into the typed output or a typed error.
 */
import { InputValidationError, NetworkError, TimeoutError, type InputProblem } from "./errors.js";
import { buildRequest, type PreparedRequest } from "./request.js";
import { parseBody, readOutput, toServiceError, type ServiceTable } from "./response.js";
import {
  DEFAULT_RETRY,
  backoffMs,
  isRetryableStatus,
  retryAfterMs,
  type RetryOptions,
} from "./retry.js";
import type { OperationSpec } from "./schema.js";

/** The `fetch` signature the client needs; `globalThis.fetch` by default. */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string; signal: AbortSignal },
) => Promise<Response>;

/** Adds credentials to a prepared request (SigV4 signature, token header). */
export type Authenticate = (request: PreparedRequest) => Promise<PreparedRequest>;

/** What a hook sees before each attempt; it may change `request` (before signing). */
export interface RequestContext {
  operation: string;
  /** 1 for the first attempt. */
  attempt: number;
  request: PreparedRequest;
}

/** What a hook sees after each answer (success or error), before it is parsed. */
export interface ResponseContext extends RequestContext {
  response: Response;
  /** Parsed JSON body (text when not JSON, undefined when empty). */
  body: unknown;
}

/** Observers and middleware points. Hooks run in the order given; a throwing hook fails the call. */
export interface ClientHooks {
  beforeRequest?: (ctx: RequestContext) => void | Promise<void>;
  afterResponse?: (ctx: ResponseContext) => void | Promise<void>;
  /** Called before waiting for a retry, with the error that caused it. */
  beforeRetry?: (ctx: RequestContext & { error: Error; delayMs: number }) => void | Promise<void>;
}

/** Options every generated client accepts. */
export interface BaseClientOptions {
  /** Base URL, e.g. `https://apigateway.us-east-1.amazonaws.com` or a mock server's URL. */
  endpoint?: string;
  /** Replaces `globalThis.fetch` (tests, proxies, instrumentation). */
  fetch?: FetchLike;
  /** Headers added to every request (before signing, so they are signed). */
  headers?: Record<string, string>;
  /** Deadline for a whole call, retries included, in ms. No deadline by default. */
  timeoutMs?: number;
  /** Retry policy, or `false` for a single attempt. */
  retry?: RetryOptions | false;
  hooks?: ClientHooks;
  /** Largest response body read, in bytes; a larger one fails the attempt with a NetworkError. Default 10 MiB. */
  maxResponseBytes?: number;
  /**
   * The package's generated validators (`import * as validators from "<package>/validators"`):
   * when given, every input is checked before sending and an invalid one
   * fails with `InputValidationError`. Passed in, not imported, so that a
   * client without validation does not carry them in its bundle.
   */
  validators?: object;
}

/** Per-call options, second argument of every operation method. */
export interface CallOptions {
  signal?: AbortSignal;
  /** Overrides the client's `timeoutMs` for this call. */
  timeoutMs?: number;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
  /** `false` skips input validation for this call (when the client has `validators`). */
  validate?: boolean;
}

/** A generated validator: `validate<Input>(value)`. */
export type Validator = (value: unknown) => { valid: boolean; problems: InputProblem[] };

export interface CoreConfig extends BaseClientOptions {
  endpoint: string;
  authenticate: Authenticate;
}

export class ClientCore {
  readonly #table: ServiceTable;
  readonly #config: CoreConfig;
  readonly #retry: Required<RetryOptions>;

  constructor(table: ServiceTable, config: CoreConfig) {
    this.#table = table;
    this.#config = config;
    this.#retry =
      config.retry === false
        ? { ...DEFAULT_RETRY, maxAttempts: 1 }
        : { ...DEFAULT_RETRY, ...config.retry };
  }

  /** Calls one operation; resolves to its output with documented names. */
  async send<Output>(spec: OperationSpec, input: unknown, call: CallOptions = {}): Promise<Output> {
    const cfg = this.#config;
    if (cfg.validators && call.validate !== false && spec.validator) {
      const validator = Object.hasOwn(cfg.validators, spec.validator)
        ? (cfg.validators as Record<string, unknown>)[spec.validator]
        : undefined;
      if (typeof validator !== "function")
        throw new TypeError(
          `validators has no function ${spec.validator}: pass the package's validators module`,
        );
      const result = (validator as Validator)(input);
      if (!result.valid) throw new InputValidationError(spec.name, result.problems);
    }
    const base = buildRequest(spec, input, this.#table.shapes, cfg.endpoint);
    Object.assign(base.headers, lowerKeys(cfg.headers), lowerKeys(call.headers));

    const timeoutMs = call.timeoutMs ?? cfg.timeoutMs;
    const controller = new AbortController();
    const onAbort = () => controller.abort(call.signal!.reason);
    if (call.signal?.aborted) throw call.signal.reason;
    call.signal?.addEventListener("abort", onAbort, { once: true });
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(() => controller.abort(new TimeoutError(spec.name, timeoutMs)), timeoutMs);
    try {
      return (await this.#attempts(spec, base, controller.signal)) as Output;
    } catch (error) {
      // An abort surfaces as its reason: our TimeoutError, or the caller's own reason.
      throw controller.signal.aborted ? controller.signal.reason : error;
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      call.signal?.removeEventListener("abort", onAbort);
    }
  }

  async #attempts(
    spec: OperationSpec,
    base: PreparedRequest,
    signal: AbortSignal,
  ): Promise<unknown> {
    const cfg = this.#config;
    const hooks = cfg.hooks ?? {};
    const doFetch: FetchLike = cfg.fetch ?? ((url, init) => globalThis.fetch(url, init));
    for (let attempt = 1; ; attempt++) {
      const ctx: RequestContext = {
        operation: spec.name,
        attempt,
        request: { ...base, headers: { ...base.headers } },
      };
      await hooks.beforeRequest?.(ctx);
      const signed = await cfg.authenticate(ctx.request);
      let response: Response;
      let body: unknown;
      try {
        response = await doFetch(signed.url, {
          method: signed.method,
          headers: signed.headers,
          ...(signed.body === undefined ? {} : { body: signed.body }),
          signal,
        });
        body = parseBody(
          await readText(response, cfg.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES),
        );
      } catch (cause) {
        if (signal.aborted) throw signal.reason;
        const error = new NetworkError(spec.name, cause);
        // An oversized body would be oversized again: only transport failures are retried.
        if (attempt >= this.#retry.maxAttempts || cause instanceof RangeError) throw error;
        await this.#wait(ctx, error, backoffMs(attempt, this.#retry), signal);
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
        isRetryableStatus(response.status),
      );
      if (!error.retryable || attempt >= this.#retry.maxAttempts) throw error;
      const after = retryAfterMs(response.headers.get("retry-after"));
      // A server asking for a longer pause than we are willing to wait gets its error back now.
      if (after !== undefined && after > this.#retry.maxDelayMs) throw error;
      await this.#wait(ctx, error, after ?? backoffMs(attempt, this.#retry), signal);
    }
  }

  async #wait(
    ctx: RequestContext,
    error: Error,
    delayMs: number,
    signal: AbortSignal,
  ): Promise<void> {
    await this.#config.hooks?.beforeRetry?.({ ...ctx, error, delayMs });
    await sleep(delayMs, signal);
  }
}

const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

/** The body as text, refusing bodies over `limit` bytes (a misbehaving server cannot exhaust memory). */
export async function readText(response: Response, limit: number): Promise<string> {
  const declared = Number(response.headers.get("content-length"));
  if (declared > limit)
    throw new RangeError(`response body of ${declared} bytes exceeds maxResponseBytes (${limit})`);
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
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

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
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

function lowerKeys(headers: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers) for (const key of Object.keys(headers)) out[key.toLowerCase()] = headers[key]!;
  return out;
}
