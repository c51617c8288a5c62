/**
 * The one piece of printing state: whether the module being printed is JS or TypeScript.
 * prettier unquotes numeric object keys (`"1": x` → `1: x`) with its JS parser but not with its
 * TypeScript parser, so key spelling depends on the target file.
 */

import type { KeyDialect } from "./literals.js";

let current: KeyDialect = "js";

/** The key dialect of the module being printed. */
export function keyDialect(): KeyDialect {
  return current;
}

/** Runs `print` with `dialect` as the key dialect (printing is synchronous, so this cannot interleave). */
export function withKeyDialect<T>(dialect: KeyDialect, print: () => T): T {
  const saved = current;
  current = dialect;
  try {
    return print();
  } finally {
    current = saved;
  }
}
