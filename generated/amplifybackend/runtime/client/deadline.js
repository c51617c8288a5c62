// Copied by opforge from src/runtime/client/deadline.ts. DO NOT EDIT.
/**
 * The deadline of a call and the caller's `AbortSignal`, combined into the
 * one signal every fetch and every retry wait of the call listens to.
 */
import { TimeoutError } from "./errors.js";
/** Default deadline of a call, retries included (boto3's read timeout). */
export const DEFAULT_TIMEOUT_MS = 60_000;
/** setTimeout's largest delay; longer deadlines are capped to it (about 24.8 days). */
const MAX_TIMER_MS = 2_147_483_647;
/**
 * The deadline in ms, or undefined for none: `undefined` means the default,
 * `0` and `Infinity` mean no deadline. Throws RangeError for a negative or NaN value.
 */
export function deadlineMs(timeoutMs) {
  if (timeoutMs === undefined) return DEFAULT_TIMEOUT_MS;
  if (Number.isNaN(timeoutMs) || timeoutMs < 0)
    throw new RangeError(`timeoutMs must be a non-negative number, got ${timeoutMs}`);
  return timeoutMs === 0 || timeoutMs === Infinity ? undefined : Math.min(timeoutMs, MAX_TIMER_MS);
}
/** Throws the caller's reason at once when `signal` is already aborted. */
export function callSignal(operation, timeoutMs, signal) {
  if (signal?.aborted) throw signal.reason;
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal.reason);
  signal?.addEventListener("abort", onAbort, { once: true });
  const timer =
    timeoutMs === undefined
      ? undefined
      : setTimeout(() => controller.abort(new TimeoutError(operation, timeoutMs)), timeoutMs);
  return {
    signal: controller.signal,
    dispose() {
      if (timer !== undefined) clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    },
  };
}
/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
export function sleep(ms, signal) {
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
