// Copied by opforge from src/runtime/client/retry.ts. DO NOT EDIT.
/** Retry policy: which answers to retry and how long to wait. */
/** The retry policy when the caller gives none: 3 attempts, 100 ms base, 20 s cap. */
export const DEFAULT_RETRY = {
  maxAttempts: 3,
  baseDelayMs: 100,
  maxDelayMs: 20_000,
};
/** Throttling and server errors are worth another attempt; other 4xx are not. */
export function isRetryableStatus(status) {
  return status === 429 || (status >= 500 && status !== 501 && status !== 505);
}
/** Exponential backoff with full jitter: uniform in [0, min(max, base * 2^(attempt-1))]. */
export function backoffMs(attempt, policy, random = Math.random) {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}
/** `Retry-After` as ms: delta-seconds or an HTTP date. Undefined when absent or unreadable. */
export function retryAfterMs(value, now = Date.now()) {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
