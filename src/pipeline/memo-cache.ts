/**
 * A content-addressed memo for pure, expensive text transforms (prettier,
 * transpiling): the result is keyed by a SHA-256 of everything it depends on
 * (tool version, options, input), so a stale entry can never be hit. Entries
 * live in memory for the process (watch mode; runtime modules copied into
 * every package) and on disk under `node_modules/.cache/opforge/`, so a
 * fresh `opforge generate` skips the work for any file it has produced before.
 *
 * The disk part is best effort: unreadable, corrupt (checksum) or unwritable
 * entries count as misses. `OPFORGE_CACHE=off` turns it off (the benchmark's
 * cold runs do); `OPFORGE_CACHE_DIR` moves it.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
/** Bump when the on-disk layout changes. */
const LAYOUT = "1";
/** In-memory budget, in UTF-16 code units of cached values. */
const MEMORY_BUDGET = 64 * 1024 * 1024;

export function sha256(...parts: readonly string[]): string {
  const h = createHash("sha256");
  for (const p of parts) h.update(`${p.length}:`).update(p);
  return h.digest("hex");
}

export class MemoCache {
  private readonly memory = new Map<string, string>();
  private memorySize = 0;
  /** Hits and misses since the process started, for progress output and benchmarks. */
  readonly stats = { memoryHits: 0, diskHits: 0, misses: 0 };

  constructor(
    /** Folder of the disk cache, or undefined for memory only. */
    private readonly dir: string | undefined,
  ) {}

  /** The cached value for `key`, computing and storing it on a miss. */
  async get(key: string, compute: () => string | Promise<string>): Promise<string> {
    const hit = this.memory.get(key);
    if (hit !== undefined) {
      this.stats.memoryHits++;
      return hit;
    }
    const fromDisk = this.read(key);
    if (fromDisk !== undefined) {
      this.stats.diskHits++;
      this.remember(key, fromDisk);
      return fromDisk;
    }
    this.stats.misses++;
    const value = await compute();
    this.remember(key, value);
    this.write(key, value);
    return value;
  }

  private remember(key: string, value: string) {
    this.memory.set(key, value);
    this.memorySize += value.length;
    // Oldest first: Map iteration follows insertion order.
    for (const [k, v] of this.memory) {
      if (this.memorySize <= MEMORY_BUDGET) break;
      this.memory.delete(k);
      this.memorySize -= v.length;
    }
  }

  private file(key: string): string {
    return path.join(this.dir!, key.slice(0, 2), key);
  }

  private read(key: string): string | undefined {
    if (!this.dir) return undefined;
    let text: string;
    try {
      text = readFileSync(this.file(key), "utf8");
    } catch {
      return undefined;
    }
    // `<sha256 of value>\n<value>`: a torn or tampered entry is a miss.
    const nl = text.indexOf("\n");
    if (nl !== 64) return undefined;
    const value = text.slice(65);
    return sha256(value) === text.slice(0, 64) ? value : undefined;
  }

  private write(key: string, value: string) {
    if (!this.dir) return;
    const file = this.file(key);
    const tmp = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(tmp, `${sha256(value)}\n${value}`);
      renameSync(tmp, file);
    } catch {
      try {
        rmSync(tmp, { force: true });
      } catch {
        // The folder itself is unusable: nothing was written.
      }
    }
  }
}

/**
 * The folder of the disk cache for `area`: under `$OPFORGE_CACHE_DIR` when
 * set, else `node_modules/.cache/opforge/`; undefined when `OPFORGE_CACHE=off`.
 */
export function cacheDir(area: string): string | undefined {
  const setting = process.env.OPFORGE_CACHE;
  if (setting === "off" || setting === "0" || setting === "false") return undefined;
  const root = process.env.OPFORGE_CACHE_DIR || path.join(REPO_ROOT, "node_modules", ".cache", "opforge");
  return path.join(root, `${area}-v${LAYOUT}`);
}
