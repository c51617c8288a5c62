/**
 * Deadlines: a body given up once its time has passed (within a sweep),
 * never one that arrived, whatever order bodies arrive and finish in.
 */
import { describe, expect, it } from "vitest";
import { Deadline, Deadlines } from "../../../src/runtime/mock/deadlines.js";

class Waiting extends Deadline {
  expired = 0;
  constructor(readonly at: number) {
    super();
  }
  expire(): void {
    this.expired++;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("Deadlines", () => {
  it("expires only what is due and still pending, each once", async () => {
    const deadlines = new Deadlines(5);
    const now = performance.now();
    const [a, b, c, d, late] = [now + 10, now + 10, now + 10, now + 10, now + 60_000].map((at) => new Waiting(at));
    for (const w of [a!, b!, c!, d!, late!]) deadlines.add(w);
    deadlines.add(a!); // added twice: still watched once
    deadlines.done(b!); // the middle of the list
    deadlines.done(d!); // its tail
    deadlines.done(d!); // done twice: nothing happens
    await sleep(40);
    expect([a, b, c, d, late].map((w) => w!.expired)).toEqual([1, 0, 1, 0, 0]);
    deadlines.done(late!);
    // A deadline can be watched again after it was done.
    const again = new Waiting(performance.now() + 5);
    deadlines.add(again);
    await sleep(40);
    expect(again.expired).toBe(1);
    expect(a!.expired).toBe(1);
  });

  it("keeps the rest of the list when the head and the tail leave", async () => {
    const deadlines = new Deadlines(5);
    const soon = performance.now() + 5;
    const list = Array.from({ length: 6 }, () => new Waiting(soon));
    for (const w of list) deadlines.add(w);
    deadlines.done(list[0]!);
    deadlines.done(list[5]!);
    deadlines.done(list[2]!);
    await sleep(40);
    expect(list.map((w) => w.expired)).toEqual([0, 1, 0, 1, 1, 0]);
  });
});
