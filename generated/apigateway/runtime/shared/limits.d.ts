// Copied by opforge from src/runtime/shared/limits.ts. DO NOT EDIT.
/**
 * The bounds every part of the runtime shares, so that a hostile or broken
 * peer costs bounded work and memory on either side of the wire.
 */
/** Deepest JSON nesting read or written: deeper values are refused instead of exhausting the stack. */
export declare const MAX_DEPTH = 64;
/** Items a list may hold when its shape declares no smaller `maxItems`: a bound on work per request. */
export declare const MAX_ITEMS = 100000;
/** Problems a validator reports per call; past this, one `maxProblems` problem closes the list. */
export declare const MAX_PROBLEMS = 100;
/** Largest request body the mock reads, in bytes (1 MiB). */
export declare const DEFAULT_BODY_LIMIT: number;
/** Largest response body the client reads, in bytes (10 MiB). */
export declare const DEFAULT_MAX_RESPONSE_BYTES: number;
