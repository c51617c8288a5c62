// Copied by opforge from src/runtime/mock/types.ts. DO NOT EDIT.
/**
 * How long a request may take to arrive (10 s): its head from the first
 * byte, its body from the end of the head. Past it the vendor's 408 answers
 * and the connection is closed.
 */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
