// Copied by opforge from src/runtime/mock/control/chaos.ts. DO NOT EDIT.
/**
 * `--latency MIN[-MAX]` and `--error-rate R [--seed S]`: a delay on every
 * answer and a fraction of calls answered with a retryable documented
 * error, each drawn from its own seeded generator, so that one seed gives
 * the same delays and the same failing calls run after run (for the same
 * sequence of requests).
 */
/** Latency and error-rate settings; every field has a default that turns it off. */
export interface ChaosOptions {
  /** Delay added to every answer: `[min, max]` milliseconds, uniformly (default none). */
  latency?: readonly [number, number];
  /** Fraction of calls (0..1) answered with a retryable documented error (default 0). */
  errorRate?: number;
  /** Seed of the generators (default 1). */
  seed?: number;
}
/** The drawing side of {@link ChaosOptions}. */
export interface Chaos {
  /** Milliseconds to delay this answer (0 without `latency`). */
  latency(): number;
  /** Whether this call fails (never without `errorRate`). */
  fails(): boolean;
  /** An index below `n`, for picking which error (from the error generator). */
  pick(n: number): number;
}
/** The longest latency accepted, in milliseconds. */
export declare const MAX_LATENCY_MS = 60000;
/** A {@link Chaos} for `options`; throws RangeError for values out of range. */
export declare function createChaos(options?: ChaosOptions): Chaos;
/** A small, fast, seedable generator of numbers in [0, 1) (Mulberry32). */
export declare function mulberry32(seed: number): () => number;
