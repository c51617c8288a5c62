/** The request journal: a bounded ring, oldest first, bodies cut to a limit, cleared with a new generation. */
import { describe, expect, it } from "vitest";
import { JOURNAL_BODY_LIMIT, Journal, type JournalRecord } from "../../../../src/runtime/mock/control/journal.js";

function record(n: number, body = ""): JournalRecord {
  const started = Date.UTC(2026, 0, 1, 0, 0, n) - performance.timeOrigin;
  return {
    started,
    finished: started + 1.23456,
    method: "PUT",
    path: `/things/${n}?x=1`,
    service: "svc",
    operation: "PutThing",
    status: 201,
    fault: undefined,
    requestHeaders: { "x-multi": ["a", "b"], host: "h" },
    requestBody: body,
    responseHeaders: { "content-type": "application/json" },
    requestIdHeader: "x-request-id",
    requestId: `id-${n}`,
    responseBody: "{}",
  };
}

describe("Journal", () => {
  it("keeps the last N records, oldest first, numbered in arrival order", () => {
    const j = new Journal(3);
    for (let i = 1; i <= 5; i++) j.record(record(i));
    expect(j.size).toBe(3);
    expect(j.entries().map((e) => [e.id, e.path])).toEqual([[3, "/things/3?x=1"], [4, "/things/4?x=1"], [5, "/things/5?x=1"]]);
    expect(j.entries(4).map((e) => e.id)).toEqual([5]);
    expect(j.entries(99)).toEqual([]);
  });

  it("shows an entry as JSON-ready data: ISO time, joined headers, rounded duration, null for unknowns", () => {
    const j = new Journal(2);
    j.record({ ...record(7), service: undefined, operation: undefined, status: 0, fault: "Prefer: fault=reset" });
    expect(j.entries()[0]).toEqual({
      id: 1,
      time: "2026-01-01T00:00:07.000Z",
      method: "PUT",
      path: "/things/7?x=1",
      service: null,
      operation: null,
      status: null,
      durationMs: 1.235,
      fault: "Prefer: fault=reset",
      request: { headers: { "x-multi": "a, b", host: "h" }, body: "" },
      response: { headers: { "content-type": "application/json", "x-request-id": "id-7" }, body: "{}" },
    });
  });

  it(`cuts bodies past ${JOURNAL_BODY_LIMIT} characters and says so`, () => {
    const j = new Journal(1);
    j.record(record(1, "b".repeat(JOURNAL_BODY_LIMIT + 10)));
    const e = j.entries()[0]!;
    expect(e.request.body).toHaveLength(JOURNAL_BODY_LIMIT);
    expect(e.request.truncated).toBe(true);
    expect(e.response.truncated).toBeUndefined();
  });

  it("clears to nothing, keeps numbering, and counts generations; size 0 keeps nothing", () => {
    const j = new Journal(2);
    j.record(record(1));
    j.clear();
    expect(j.entries()).toEqual([]);
    expect(j.generation).toBe(1);
    j.record(record(2));
    expect(j.entries().map((e) => e.id)).toEqual([2]);
    const none = new Journal(0);
    none.record(record(1));
    expect(none.entries()).toEqual([]);
    expect(() => new Journal(-1)).toThrow(RangeError);
  });
});
