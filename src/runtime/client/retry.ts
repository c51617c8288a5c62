/** Retry policy: which answers to retry and how long to wait. */

export interface RetryOptions {
  /** Attempts in total, the first included. Default 3 (as the AWS SDKs). */
  maxAttempts?: number;
  /** First backoff ceiling in ms; doubles per attempt. Default 100. */
  baseDelayMs?: number;
  /** Largest wait in ms; a longer `Retry-After` is not waited for (the error is thrown). Default 20000. */
  maxDelayMs?: number;
}

/** The retry policy when the caller gives none: 3 attempts, 100 ms base, 20 s cap. */
export const DEFAULT_RETRY: Required<RetryOptions> = {
  maxAttempts: 3,
  baseDelayMs: 100,
  maxDelayMs: 20_000,
};

/** Throttling and server errors are worth another attempt; other 4xx are not. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status !== 501 && status !== 505);
}

/** Exponential backoff with full jitter: uniform in [0, min(max, base * 2^(attempt-1))]. */
export function backoffMs(
  attempt: number,
  policy: Required<RetryOptions>,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}

/** `Retry-After` as ms: delta-seconds or an HTTP date. Undefined when absent or unreadable. */
export function retryAfterMs(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
