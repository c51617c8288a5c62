// Copied by opforge from src/runtime/client/deadline.ts. DO NOT EDIT.
/** Default deadline of a call, retries included (boto3's read timeout). */
export declare const DEFAULT_TIMEOUT_MS = 60000;
/**
 * The deadline in ms, or undefined for none: `undefined` means the default,
 * `0` and `Infinity` mean no deadline. Throws RangeError for a negative or NaN value.
 */
export declare function deadlineMs(timeoutMs: number | undefined): number | undefined;
/** One call's signal: aborted by the caller's signal, or by a TimeoutError at the deadline. */
export interface CallSignal {
  readonly signal: AbortSignal;
  /** Stops the timer and the listening; call when the call settles. */
  dispose(): void;
}
/** Throws the caller's reason at once when `signal` is already aborted. */
export declare function callSignal(
  operation: string,
  timeoutMs: number | undefined,
  signal: AbortSignal | undefined,
): CallSignal;
/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
export declare function sleep(ms: number, signal: AbortSignal): Promise<void>;
