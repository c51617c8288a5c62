/** Milliseconds spent per pipeline stage, for `generate --timing` and the benchmark. */
export class StageTimer {
  readonly stages = new Map<string, number>();

  /** Runs `fn`, adding its wall time to `stage`. */
  time<T>(stage: string, fn: () => T): T {
    const start = performance.now();
    try {
      return fn();
    } finally {
      this.stages.set(stage, (this.stages.get(stage) ?? 0) + performance.now() - start);
    }
  }

  /** `load 12 ms, format 3 ms, …` in the order the stages first ran. */
  summary(): string {
    return [...this.stages].map(([name, ms]) => `${name} ${ms.toFixed(1)} ms`).join(", ");
  }
}
