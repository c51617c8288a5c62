/** Latency and error rate: seeded, reproducible, within their bounds, independent of each other. */
import { describe, expect, it } from "vitest";
import { createChaos, MAX_LATENCY_MS, mulberry32 } from "../../../../src/runtime/mock/control/chaos.js";

describe("chaos", () => {
  it("is off by default", () => {
    const c = createChaos();
    expect(Array.from({ length: 100 }, () => c.latency())).toEqual(Array(100).fill(0));
    expect(Array.from({ length: 100 }, () => c.fails())).toEqual(Array(100).fill(false));
  });

  it("draws latencies uniformly within [min, max], the same for the same seed", () => {
    const draw = (seed: number) => {
      const c = createChaos({ latency: [10, 20], seed });
      return Array.from({ length: 2000 }, () => c.latency());
    };
    const a = draw(5);
    expect(Math.min(...a)).toBe(10);
    expect(Math.max(...a)).toBe(20);
    expect(draw(5)).toEqual(a);
    expect(draw(6)).not.toEqual(a);
  });

  it("fails about the asked fraction of calls, reproducibly, whatever the latency", () => {
    const run = (latency?: [number, number]) => {
      const c = createChaos({ errorRate: 0.25, seed: 9, latency });
      return Array.from({ length: 4000 }, () => (c.latency(), c.fails()));
    };
    const fails = run();
    const rate = fails.filter(Boolean).length / fails.length;
    expect(rate).toBeGreaterThan(0.22);
    expect(rate).toBeLessThan(0.28);
    expect(run([5, 50])).toEqual(fails);
  });

  it("picks indexes below n", () => {
    const c = createChaos({ errorRate: 1 });
    for (let i = 0; i < 1000; i++) expect(c.pick(3)).toBeLessThan(3);
  });

  it.each([[{ latency: [5, 1] as [number, number] }], [{ latency: [0, MAX_LATENCY_MS + 1] as [number, number] }], [{ errorRate: 1.5 }], [{ errorRate: -0.1 }]])("refuses %j", (options) => {
    expect(() => createChaos(options)).toThrow(RangeError);
  });

  it("mulberry32 stays in [0, 1)", () => {
    const r = mulberry32(123);
    for (let i = 0; i < 10_000; i++) {
      const x = r();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});
