// Copied by opforge from src/runtime/client/retry.ts. DO NOT EDIT.
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
export declare const DEFAULT_RETRY: Required<RetryOptions>;
/** Throttling and server errors are worth another attempt; other 4xx are not. */
export declare function isRetryableStatus(status: number): boolean;
/** Exponential backoff with full jitter: uniform in [0, min(max, base * 2^(attempt-1))]. */
export declare function backoffMs(
  attempt: number,
  policy: Required<RetryOptions>,
  random?: () => number,
): number;
/** `Retry-After` as ms: delta-seconds or an HTTP date. Undefined when absent or unreadable. */
export declare function retryAfterMs(value: string | null, now?: number): number | undefined;
