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
export declare abstract class Deadline {
  /** When the body must have arrived (`performance.now()` time). */
  abstract readonly at: number;
  /** Gives the body up (called once, after the deadline left the list). */
  abstract expire(): void;
  /** The list's links, kept by {@link Deadlines} only. */
  prev: Deadline | undefined;
  next: Deadline | undefined;
  listed: boolean;
}
/** The deadlines of one handler. */
export declare class Deadlines {
  #private;
  /** `every`: milliseconds between sweeps. */
  constructor(every: number);
  /** Watches `deadline` until {@link Deadlines.done} or until it expires. */
  add(deadline: Deadline): void;
  /** Stops watching `deadline` (its body arrived, or it was given up). */
  done(deadline: Deadline): void;
}
