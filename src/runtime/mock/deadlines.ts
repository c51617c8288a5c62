/**
 * Deadlines of bodies still arriving, checked by one sweeping timer per
 * handler instead of a timer per request (arming and clearing a timer for
 * every request costs more than the rest of reading a small body). A body
 * is given up between its deadline and one sweep later.
 *
 * Pending deadlines form a doubly linked list through the deadlines
 * themselves: adding and removing one allocates nothing and hashes
 * nothing, which a `Set` of every request in flight would.
 */

/** One waiting body: when it must have arrived, and what to do if it has not. */
export abstract class Deadline {
  /** When the body must have arrived (`performance.now()` time). */
  abstract readonly at: number;
  /** Gives the body up (called once, after the deadline left the list). */
  abstract expire(): void;
  /** The list's links, kept by {@link Deadlines} only. */
  prev: Deadline | undefined = undefined;
  next: Deadline | undefined = undefined;
  listed = false;
}

/** The deadlines of one handler. */
export class Deadlines {
  #head: Deadline | undefined = undefined;
  #tail: Deadline | undefined = undefined;
  readonly #every: number;
  #timer: ReturnType<typeof setInterval> | undefined;

  /** `every`: milliseconds between sweeps. */
  constructor(every: number) {
    this.#every = every;
  }

  /** Watches `deadline` until {@link Deadlines.done} or until it expires. */
  add(deadline: Deadline): void {
    if (deadline.listed) return;
    deadline.listed = true;
    deadline.prev = this.#tail;
    deadline.next = undefined;
    if (this.#tail) this.#tail.next = deadline;
    else this.#head = deadline;
    this.#tail = deadline;
    // The timer only runs while something waits, and never keeps the process alive.
    this.#timer ??= setInterval(() => this.#sweep(), this.#every).unref();
  }

  /** Stops watching `deadline` (its body arrived, or it was given up). */
  done(deadline: Deadline): void {
    if (!deadline.listed) return;
    deadline.listed = false;
    const { prev, next } = deadline;
    if (prev) prev.next = next;
    else this.#head = next;
    if (next) next.prev = prev;
    else this.#tail = prev;
    deadline.prev = deadline.next = undefined;
  }

  #sweep(): void {
    const now = performance.now();
    // Deadlines are mostly in order (one timeout per handler), but not always: look at all.
    for (let d = this.#head; d !== undefined;) {
      const next = d.next;
      if (d.at <= now) {
        this.done(d);
        d.expire();
      }
      d = next;
    }
    if (this.#head === undefined) {
      clearInterval(this.#timer);
      this.#timer = undefined;
    }
  }
}
