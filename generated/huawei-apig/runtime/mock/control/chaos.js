// Copied by opforge from src/runtime/mock/control/chaos.ts. DO NOT EDIT.
/**
 * `--latency MIN[-MAX]` and `--error-rate R [--seed S]`: a delay on every
 * answer and a fraction of calls answered with a retryable documented
 * error, each drawn from its own seeded generator, so that one seed gives
 * the same delays and the same failing calls run after run (for the same
 * sequence of requests).
 */
/** The longest latency accepted, in milliseconds. */
export const MAX_LATENCY_MS = 60_000;
/** A {@link Chaos} for `options`; throws RangeError for values out of range. */
export function createChaos(options = {}) {
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
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
