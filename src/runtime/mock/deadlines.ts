/**
 * Deadlines of bodies still arriving, checked by one sweeping timer per
 * handler instead of a timer per request (arming and clearing a timer for
 * every request costs more than the rest of reading a small body). A body
 * is given up between its deadline and one sweep later.
 */

/** One waiting body: when it must have arrived, and what to do if it has not. */
export interface Deadline {
  readonly at: number;
  expire(): void;
}

/** The deadlines of one handler. */
export class Deadlines {
  readonly #pending = new Set<Deadline>();
  readonly #every: number;
  #timer: ReturnType<typeof setInterval> | undefined;

  /** `every`: milliseconds between sweeps. */
  constructor(every: number) {
    this.#every = every;
  }

  /** Watches `deadline` until {@link Deadlines.done} or until it expires. */
  add(deadline: Deadline): void {
    this.#pending.add(deadline);
    // The timer only runs while something waits, and never keeps the process alive.
    this.#timer ??= setInterval(() => this.#sweep(), this.#every).unref();
  }

  /** Stops watching `deadline` (its body arrived, or it was given up). */
  done(deadline: Deadline): void {
    this.#pending.delete(deadline);
  }

  #sweep(): void {
    const now = performance.now();
    for (const d of this.#pending)
      if (d.at <= now) {
        this.#pending.delete(d);
        d.expire();
      }
    if (this.#pending.size === 0) {
      clearInterval(this.#timer);
      this.#timer = undefined;
    }
  }
}
