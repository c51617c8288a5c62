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
export const MAX_LATENCY_MS = 60_000;

/** A {@link Chaos} for `options`; throws RangeError for values out of range. */
export function createChaos(options: ChaosOptions = {}): Chaos {
  const [min, max] = options.latency ?? [0, 0];
  if (!(
    Number.isInteger(min) &&
    Number.isInteger(max) &&
    min >= 0 &&
    min <= max &&
    max <= MAX_LATENCY_MS
  ))
    throw new RangeError(
      `latency must be whole milliseconds 0 <= MIN <= MAX <= ${MAX_LATENCY_MS}, got ${min}-${max}`,
    );
  const rate = options.errorRate ?? 0;
  if (!(rate >= 0 && rate <= 1))
    throw new RangeError(`error rate must be between 0 and 1, got ${rate}`);
  const seed = options.seed ?? 1;
  // Separate streams: turning latency on does not change which calls fail.
  const delays = mulberry32(seed ^ 0x9e3779b9);
  const errors = mulberry32(seed);
  return {
    latency: () => (max === 0 ? 0 : min + Math.floor(delays() * (max - min + 1))),
    fails: () => rate > 0 && errors() < rate,
    pick: (n) => Math.min(n - 1, Math.floor(errors() * n)),
  };
}

/** A small, fast, seedable generator of numbers in [0, 1) (Mulberry32). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
