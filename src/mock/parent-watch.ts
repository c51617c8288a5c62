/**
 * `npm run mock` runs the mock as `npm -> sh -> node`. Killing npm by its
 * process id does not reach node (npm does not pass the signal on), which
 * would keep serving, orphaned. So the mock watches its ancestors up to
 * the npm process and stops when one of them goes away: on Linux, by
 * reading each one's parent in /proc (an orphan is adopted, so its parent
 * changes); elsewhere, by watching its own parent id.
 */
import { readFileSync } from "node:fs";

/** How often the ancestors are looked at, in milliseconds. */
export const PARENT_CHECK_MS = 500;

/** The parent id of `pid` from /proc, or undefined when it is gone (or there is no /proc). */
export function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces): state, ppid, ...
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (fields[0] === "Z" || fields[0] === "X") return undefined;
    return Number(fields[1]);
  } catch {
    return undefined;
  }
}

/** The command line of `pid` (empty when unknown). */
function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
  } catch {
    return "";
  }
}

/**
 * The ancestors to watch, each with its parent as first seen: the parent,
 * and when the process runs under npm (`npm_lifecycle_event` is set) the
 * ones up to the npm process (at most 3 levels).
 */
export function ancestorsToWatch(
  pid: number = process.pid,
  underNpm: boolean = process.env["npm_lifecycle_event"] !== undefined,
): Array<[pid: number, parent: number]> {
  const chain: Array<[number, number]> = [];
  let child = pid;
  for (let level = 0; level < (underNpm ? 3 : 1); level++) {
    const parent = parentOf(child);
    if (parent === undefined || parent <= 1) break;
    chain.push([child, parent]);
    if (/\bnpm\b|npm-cli/.test(commandOf(parent))) break;
    child = parent;
  }
  return chain;
}

/** Calls `onGone` once an ancestor goes away; returns a function that stops watching. */
export function watchParent(onGone: () => void, every: number = PARENT_CHECK_MS): () => void {
  const chain = ancestorsToWatch();
  const firstParent = process.ppid;
  const timer = setInterval(() => {
    const gone =
      chain.length > 0
        ? chain.some(([pid, parent]) => parentOf(pid) !== parent)
        : process.ppid !== firstParent;
    if (gone) {
      clearInterval(timer);
      onGone();
    }
  }, every);
  timer.unref();
  return () => clearInterval(timer);
}
