/**
 * Formats large files with prettier on worker threads, so that formatting
 * uses every core while the main thread emits and builds. Prettier is the
 * slowest step of a cold run and allocates heavily: workers also get a larger
 * young generation, which cuts garbage-collection time.
 *
 * Same prettier, same options, same text in: the output is byte-identical to
 * formatting in-process. `OPFORGE_FORMAT_WORKERS=0` turns the pool off.
 */
import os from "node:os";
import { Worker } from "node:worker_threads";

/**
 * Files smaller than this are formatted in-process. Starting a worker and
 * loading prettier in it costs about as much as formatting a few hundred KB,
 * so small spec sets (the real five operations: files up to ~50 KB) never
 * start one; large services (a hundred operations: files of 0.4-1.4 MB) do.
 */
export const POOL_MIN_CHARS = 128 * 1024;

interface Job {
  id: number;
  contents: string;
  options: object;
  resolve: (s: string) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  busy: Job | undefined;
}

class FormatPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;

  constructor(private readonly size: number) {}

  format(contents: string, options: object): Promise<string> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, contents, options, resolve, reject });
      this.pump();
    });
  }

  private pump() {
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.busy);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.busy = job;
      // A busy worker keeps the process alive; an idle one must not.
      slot.worker.ref();
      slot.worker.postMessage({ id: job.id, contents: job.contents, options: job.options });
    }
  }

  private spawn(): Slot {
    const worker = new Worker(new URL("./format-worker.mjs", import.meta.url), {
      // Plain JS worker: no TypeScript loader needed, none inherited.
      execArgv: [],
      resourceLimits: { maxYoungGenerationSizeMb: 64 },
    });
    const slot: Slot = { worker, busy: undefined };
    worker.on("message", (m: { id: number; formatted?: string; error?: string }) => {
      const job = slot.busy;
      slot.busy = undefined;
      worker.unref();
      if (job && job.id === m.id) {
        if (m.error !== undefined) job.reject(new Error(m.error));
        else job.resolve(m.formatted!);
      }
      this.pump();
    });
    worker.on("error", (e) => this.fail(slot, e));
    worker.on("exit", (code) => this.fail(slot, new Error(`prettier worker exited with code ${code}`)));
    this.slots.push(slot);
    return slot;
  }

  /** A dead worker fails its job and leaves the pool; queued jobs go to the others (or a new one). */
  private fail(slot: Slot, e: Error) {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    slot.busy?.reject(e);
    slot.busy = undefined;
    this.pump();
  }
}

let pool: FormatPool | undefined;

/** The shared pool, or undefined when workers are off or there is a single core. */
export function formatPool(): FormatPool | undefined {
  if (process.env.OPFORGE_FORMAT_WORKERS === "0") return undefined;
  const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  if (cores < 2) return undefined;
  pool ??= new FormatPool(Math.min(cores, 4));
  return pool;
}
