/**
 * `opforge generate --watch`: generates once, then watches the specs folder
 * and regenerates the services whose files change. Prints what each run
 * wrote and removed and how long it took; on spec errors prints them and
 * keeps the last good output. Stops on SIGINT/SIGTERM (or `signal`).
 */
import path from "node:path";
import { formatDiagnostic } from "../check/diagnostics.js";
import { memoizePrinting } from "../print/js-statements.js";
import { compareStrings } from "../util/sort.js";
import { serviceFolderOf } from "./changed-folders.js";
import { watchFolders, type FolderWatcher } from "./watch-folders.js";
import { IncrementalGenerator, type RunOutcome } from "./incremental-generator.js";

export interface WatchOptions {
  specsDir: string;
  outDir: string;
  only?: readonly string[];
  quiet?: boolean;
  /** Templates overriding the built-in ones (`--templates`). */
  templates?: string;
  /** Quiet period after the last file event before regenerating (editors save in several steps). */
  debounceMs?: number;
  /** Stops watching when aborted (tests); SIGINT and SIGTERM always do. */
  signal?: AbortSignal;
}

export interface WatchIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export const DEFAULT_DEBOUNCE_MS = 20;
/** Times a run that hit a vanished file is retried before the error is reported. */
const MAX_RETRIES = 3;

/** Runs until stopped; resolves with the exit code (0 after a clean stop). */
export async function watchSpecs(opts: WatchOptions, io: WatchIo): Promise<number> {
  // A session regenerates the same services again and again: keep printed statements.
  memoizePrinting(true);
  const gen = new IncrementalGenerator(opts.specsDir, opts.outDir, opts.only, opts.templates);
  const rel = (p: string) => path.relative(process.cwd(), p) || ".";
  const outRel = rel(opts.outDir);
  const report = (o: RunOutcome, label: string) => reportOutcome(o, label, outRel, opts.quiet ?? false, io);

  // Watch before the first run so that edits made during it are not missed.
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  let onStop!: () => void;
  const whenStopped = new Promise<void>((resolve) => (onStop = resolve));
  function stopWatching() {
    if (stopped) return;
    stopped = true;
    clearTimeout(timer);
    watcher?.close();
    process.off("SIGINT", stopWatching);
    process.off("SIGTERM", stopWatching);
    opts.signal?.removeEventListener("abort", stopWatching);
    // Let a run in progress finish its (atomic) write before returning.
    void Promise.resolve(running).then(() => {
      memoizePrinting(false);
      onStop();
    });
  }
  let watcher: FolderWatcher | undefined;
  try {
    watcher = watchFolders(
      opts.specsDir,
      (rel) => {
        if (rel === null) {
          for (const f of gen.listFolders()) pending.add(f);
        } else {
          const folder = serviceFolderOf(rel);
          if (!folder) return;
          pending.add(folder);
        }
        schedule();
      },
      (e) => {
        io.err(`opforge generate --watch: watching ${rel(opts.specsDir)} failed: ${e.message}`);
        stopWatching();
      },
    );
  } catch (e) {
    io.err(`opforge generate --watch: cannot watch ${rel(opts.specsDir)}: ${(e as Error).message}`);
    return 1;
  }

  let retries = 0;
  const run = async (folders: string[] | "all") => {
    const label = folders === "all" ? "all" : folders.join(", ");
    try {
      report(await (folders === "all" ? gen.all() : gen.update(folders)), label);
      retries = 0;
    } catch (e) {
      if (folders !== "all" && (e as NodeJS.ErrnoException).code === "ENOENT" && retries < MAX_RETRIES) {
        // A file or folder vanished while it was read (an editor's
        // save-by-rename, `rm -r`): read again once the dust settles.
        retries++;
        for (const f of folders) pending.add(f);
        return;
      }
      retries = 0;
      // An emitter or the writer failed: report it and keep watching; the
      // writer stages everything first, so the output is still consistent.
      io.err(`${stamp()} internal error while regenerating ${label}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  };
  const drain = async () => {
    while (pending.size && !stopped) {
      const folders = [...pending].sort(compareStrings);
      pending.clear();
      await run(folders);
      if (retries) break; // retried after the debounce delay, see schedule()
    }
  };
  function schedule() {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (running) return; // the running drain picks the new folders up
      running = drain().finally(() => {
        running = undefined;
        if (pending.size) schedule();
      });
    }, opts.debounceMs ?? DEFAULT_DEBOUNCE_MS);
  }

  process.on("SIGINT", stopWatching);
  process.on("SIGTERM", stopWatching);
  if (opts.signal?.aborted) stopWatching();
  else opts.signal?.addEventListener("abort", stopWatching);

  running = run("all").finally(() => (running = undefined));
  await running;
  if (!stopped) {
    const missing = (opts.only ?? []).filter((s) => !gen.listFolders().includes(s));
    if (missing.length) io.err(`opforge generate --watch: no service folder named ${missing.join(", ")} under ${rel(opts.specsDir)} (yet): watching for it`);
    if (!opts.quiet) io.out(`Watching ${rel(opts.specsDir)}/ for changes (Ctrl+C to stop)...`);
    if (pending.size) schedule();
  }
  await whenStopped;
  if (!opts.quiet) io.out("Stopped watching.");
  return 0;
}

function reportOutcome(o: RunOutcome, label: string, outRel: string, quiet: boolean, io: WatchIo) {
  const errors = o.diagnostics.filter((d) => d.severity === "error");
  for (const d of o.diagnostics) io.err(formatDiagnostic(d));
  if (o.failed.length) {
    io.err(`${stamp()} ${errors.length} error${errors.length === 1 ? "" : "s"} in ${o.failed.join(", ")}: last good output kept in ${o.failed.map((f) => `${outRel}/${f}/`).join(", ")}; fix and save to regenerate.`);
  }
  if (quiet) return;
  const ok = o.services.filter((s) => !o.failed.includes(s));
  if (ok.length === 0 && o.written.length === 0 && o.removed.length === 0) return;
  // The first run lists counts only; later runs list every file they touched.
  if (label !== "all") for (const p of o.written) io.out(`  wrote    ${outRel}/${p}`);
  for (const p of o.removed) io.out(`  removed  ${outRel}/${p}`);
  const what = label === "all" ? `generated ${ok.length} service(s)` : `regenerated ${ok.join(", ") || "nothing"}`;
  io.out(`${stamp()} ${what} in ${Math.round(o.ms)} ms: ${o.written.length} written, ${o.unchanged} unchanged, ${o.removed.length} removed.`);
}

function stamp(): string {
  return `[${new Date().toISOString().slice(11, 23)}]`;
}
