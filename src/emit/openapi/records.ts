/**
 * Objects keyed by spec text (wire names, paths, status codes). They have no
 * prototype, so a key such as `__proto__` is plain data, never a setter.
 */
export type Keyed<T> = Record<string, T>;

export function keyed<T>(entries: Iterable<readonly [string, T]> = []): Keyed<T> {
  const out = Object.create(null) as Keyed<T>;
  for (const [k, v] of entries) out[k] = v;
  return out;
}
