// Copied by opforge from src/runtime/mock/deadlines.ts. DO NOT EDIT.
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
export class Deadline {
  /** The list's links, kept by {@link Deadlines} only. */
  prev = undefined;
  next = undefined;
  listed = false;
}
/** The deadlines of one handler. */
export class Deadlines {
  #head = undefined;
  #tail = undefined;
  #every;
  #timer;
  /** `every`: milliseconds between sweeps. */
  constructor(every) {
    this.#every = every;
  }
  /** Watches `deadline` until {@link Deadlines.done} or until it expires. */
  add(deadline) {
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
  done(deadline) {
    if (!deadline.listed) return;
    deadline.listed = false;
    const { prev, next } = deadline;
    if (prev) prev.next = next;
    else this.#head = next;
    if (next) next.prev = prev;
    else this.#tail = prev;
    deadline.prev = deadline.next = undefined;
  }
  #sweep() {
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
