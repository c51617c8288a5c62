/**
 * The one sorting helper: every map or set that becomes output is iterated
 * through these, so output order never depends on input order.
 */

/** Code-unit order, independent of locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Entries of a plain object, sorted by key. */
export function sortedEntries<T>(record: Readonly<Record<string, T>> | undefined): Array<[string, T]> {
  if (!record) return [];
  return Object.keys(record)
    .sort(compareStrings)
    .map((key) => [key, record[key] as T]);
}

/** A copy of `items` sorted by the string `key` of each item. */
export function sortBy<T>(items: Iterable<T>, key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareStrings(key(a), key(b)));
}
