/**
 * Keeps only the module-level definitions of `validators.js` that an export
 * reaches. The plan builds a check and a problem walk for every variant, but
 * a variant that is only ever a root (an operation's input, its body) is
 * checked inline by its public validator and walked by its report function,
 * so its own `v$…` is never called; printing it would cost time and diff
 * lines for nothing.
 */
import type { Stmt } from "../../print/js-ast.js";

/** The names of the identifiers anywhere in `node` (a syntax tree, walked generically). */
function collectNames(node: unknown, out: Set<string>): void {
  const stack: unknown[] = [node];
  while (stack.length) {
    const n = stack.pop();
    if (n === null || typeof n !== "object") continue;
    if (Array.isArray(n)) {
      for (const x of n) stack.push(x);
      continue;
    }
    const o = n as Record<string, unknown>;
    if ((o.kind === "identifier" || o.kind === "shorthand") && typeof o.name === "string") out.add(o.name);
    for (const k in o) if (k !== "kind" && k !== "name") stack.push(o[k]);
  }
}

/**
 * The names among `definitions` that `roots` reach, directly or through
 * other definitions.
 */
export function reachable(definitions: ReadonlyMap<string, unknown>, roots: readonly Stmt[]): Set<string> {
  const seen = new Set<string>();
  const pending: unknown[] = [...roots];
  while (pending.length) {
    const names = new Set<string>();
    collectNames(pending.pop(), names);
    for (const name of names) {
      if (seen.has(name)) continue;
      seen.add(name);
      const def = definitions.get(name);
      if (def !== undefined) pending.push(def);
    }
  }
  return seen;
}
