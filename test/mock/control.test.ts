/**
 * The control API under `/__opforge/`: the request journal (shape, order,
 * bound, clearing), the stored state, reset, fault rules (every operation
 * of the spec set, each rule's error in the vendor's format, delays,
 * `times`, refusals), `Prefer: delay` and `fault=reset`, `latency` and a
 * reproducible `errorRate`, and `control: false`.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { StartedMock } from "../../src/mock/start-mock.js";
import { authHeaders, call, startTestMock } from "../support/mock-http.js";
import { operationCases, retryableErrors, services, validInput, wireRequest, type OperationCase } from "../support/mock-services.js";

const all = services();
const cases = await operationCases(all);

let mock: StartedMock;
/** Every valid call succeeds on it, whatever came before. */
let stateless: StartedMock;
beforeAll(async () => {
  mock = await startTestMock({ journalSize: 5 });
  stateless = await startTestMock({ stateless: true });
});
beforeEach(async () => {
  mock.reset();
  await fetch(`${mock.url}/__opforge/faults`, { method: "DELETE" });
});
afterAll(async () => {
  await mock?.close();
  await stateless?.close();
});

/** Sends a valid call of `c` (input made up from the IR), with `extra` headers. */
async function send(c: OperationCase, extra: Record<string, string> = {}, on = mock) {
  const wire = await wireRequest(c, validInput(c));
  return call(on.url, wire.method, wire.path, { ...wire.headers, ...authHeaders(c.service), ...extra }, wire.body);
}

const control = (path: string, init: RequestInit = {}) => fetch(`${mock.url}/__opforge/${path}`, init);
const addFault = (rule: unknown, on = mock) =>
  fetch(`${on.url}/__opforge/faults`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(rule) });

describe("journal", () => {
  it("lists exchanges oldest first with method, path, service, operation, status, duration, headers and bodies; control requests are not kept", async () => {
    const c = cases[0]!;
    const answer = await send(c);
    await control("state");
    const { requests } = (await (await control("requests")).json()) as { requests: Array<Record<string, any>> };
    expect(requests).toHaveLength(1);
    const [entry] = requests;
    const wire = await wireRequest(c, validInput(c));
    expect(entry).toMatchObject({ id: expect.any(Number), method: wire.method, path: wire.path, service: c.service.id, operation: c.op.name, status: answer.status });
    expect(Date.parse(entry!["time"])).toBeGreaterThan(Date.now() - 60_000);
    expect(entry!["durationMs"]).toBeGreaterThanOrEqual(0);
    expect(entry!["request"].body).toBe(wire.body ?? "");
    expect(entry!["request"].headers).toMatchObject(authHeaders(c.service));
    expect(entry!["response"].body).toBe(answer.text);
    const idHeader = ["x-amzn-requestid", "x-request-id"].find((h) => answer.headers.get(h) !== null)!;
    expect(Object.entries(entry!["response"].headers).find(([k]) => k.toLowerCase() === idHeader)?.[1]).toBe(answer.headers.get(idHeader));
  });

  it("keeps the last N (journalSize), oldest first; ?after=ID gives newer ones; DELETE clears it", async () => {
    for (const c of cases.slice(0, 7)) await send(c);
    const { requests } = (await (await control("requests")).json()) as { requests: Array<{ id: number; operation: string }> };
    expect(requests.map((r) => r.operation)).toEqual(cases.slice(2, 7).map((c) => c.op.name));
    expect(requests.map((r) => r.id)).toEqual([...requests.map((r) => r.id)].sort((a, b) => a - b));
    const after = (await (await control(`requests?after=${requests[2]!.id}`)).json()) as { requests: unknown[] };
    expect(after.requests).toHaveLength(2);
    expect((await control("requests", { method: "DELETE" })).status).toBe(204);
    expect(await (await control("requests")).json()).toEqual({ requests: [] });
  });
});

describe("state and reset", () => {
  it("GET state shows what creates stored, per service and resource; POST reset returns to the initial state and clears the journal", async () => {
    const creators = cases.filter((c) => c.op.resource?.action === "create");
    for (const c of creators) expect((await send(c)).status).toBe(c.op.http.successStatus);
    const state = (await (await control("state")).json()) as { services: Record<string, Record<string, unknown[]>>; instances: number };
    for (const c of creators) expect(state.services[c.service.id]![c.op.resource!.resource], `${c.service.id} ${c.op.resource!.resource}`).not.toHaveLength(0);
    expect(state.instances).toBeGreaterThanOrEqual(creators.length);
    expect((await control("reset", { method: "POST" })).status).toBe(204);
    const after = (await (await control("state")).json()) as { instances: number };
    expect(after.instances).toBe(0);
    expect(await (await control("requests")).json()).toEqual({ requests: [] });
  });

  it("refuses changes from a page of another origin", async () => {
    const r = await control("reset", { method: "POST", headers: { origin: "http://evil.example" } });
    expect(r.status).toBe(403);
  });
});

describe.each(cases.map((c) => [`${c.service.id} ${c.op.name}`, c] as const))("fault rules: %s", (_, c) => {
  it("the next call gets the rule's documented error in the vendor's format, `times` times; later calls are unaffected", async () => {
    const error = c.op.errors[0]!;
    const added = await addFault({ service: c.service.id, operation: c.op.name, error: error.name, times: 2 }, stateless);
    expect(added.status).toBe(201);
    const rule = (await added.json()) as { id: number };
    const listed = await (await fetch(`${stateless.url}/__opforge/faults`)).json();
    expect(listed).toEqual({ faults: [{ id: rule.id, service: c.service.id, operation: c.op.name, error: error.name, status: error.status, times: 2 }] });
    for (let i = 0; i < 2; i++) {
      const r = await send(c, {}, stateless);
      expect(r.status).toBe(error.status);
      if (c.service.protocol === "aws-rest-json") expect(r.headers.get("x-amzn-errortype")).toBe(error.code ?? error.name);
      else expect(r.json).toMatchObject({ error_code: error.code });
    }
    expect((await send(c, {}, stateless)).status).toBe(c.op.http.successStatus);
    expect(await (await fetch(`${stateless.url}/__opforge/faults`)).json()).toEqual({ faults: [] });
  });
});

describe("fault rules", () => {
  const c = cases.find((x) => retryableErrors(x.op).some((e) => e.status === 429)) ?? cases[0]!;

  it("a status the operation does not document answers 500 in the vendor's format; a delay holds the answer back", async () => {
    expect((await addFault({ service: c.service.id, operation: c.op.name, status: 500, delayMs: 300 })).status).toBe(201);
    const started = performance.now();
    const r = await send(c);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(r.status).toBe(500);
    expect(r.json).toBeDefined();
  });

  it("a 429 carries Retry-After where the error declares it", async () => {
    const error = retryableErrors(c.op).find((e) => e.status === 429);
    if (!error) return expect(c.op.errors.some((e) => e.status === 429)).toBe(false);
    await addFault({ service: c.service.id, operation: c.op.name, error: error.name });
    const r = await send(c);
    expect(r.status).toBe(429);
    const declares = error.members.some((m) => m.location === "header" && m.wireName.toLowerCase() === "retry-after");
    expect(r.headers.get("retry-after")).toBe(declares ? "1" : null);
  });

  it.each([
    [{ operation: "NoSuchOperation", status: 500 }, /no served operation/],
    [{ operation: c.op.name, error: "NoSuchError" }, /documents no error/],
    [{ operation: c.op.name, status: 418 }, /documents no 418/],
    [{ operation: c.op.name }, /needs an error, a status or a delayMs/],
    [{ operation: c.op.name, status: 500, times: 0 }, /times/],
    [{ operation: c.op.name, delayMs: 10_000_000 }, /delayMs/],
    [{ operation: c.op.name, status: 500, colour: "red" }, /unknown member colour/],
    ["not an object", /JSON object/],
  ])("refuses %j with 400 saying why", async (rule, why) => {
    const r = await addFault(typeof rule === "object" ? { service: c.service.id, ...rule } : rule);
    expect(r.status).toBe(400);
    expect(((await r.json()) as { message: string }).message).toMatch(why);
  });
});

describe("Prefer: delay and fault=reset", () => {
  const c = cases[0]!;

  it("delay=MS holds the answer back; past the bound it is a 400", async () => {
    const started = performance.now();
    expect((await send(c, { prefer: "delay=250" })).status).toBe(c.op.http.successStatus);
    expect(performance.now() - started).toBeGreaterThanOrEqual(240);
    const refused = await send(c, { prefer: "delay=999999" });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain("Malformed Prefer header: delay=999999");
  });

  it("fault=reset resets the connection without an answer, and the journal says so", async () => {
    await expect(send(c, { prefer: "fault=reset" })).rejects.toThrow();
    const { requests } = (await (await control("requests")).json()) as { requests: Array<{ status: number | null; fault?: string }> };
    expect(requests.at(-1)).toMatchObject({ status: null, fault: "Prefer: fault=reset" });
    expect((await send(c)).status).toBe(c.op.http.successStatus);
  });
});

describe("latency, error rate, control off", () => {
  it("latency MIN-MAX delays every answer within the range", async () => {
    const slow = await startTestMock({ latency: [120, 160] });
    try {
      for (const c of cases.slice(0, 3)) {
        const started = performance.now();
        await send(c, {}, slow);
        const took = performance.now() - started;
        expect(took).toBeGreaterThanOrEqual(115);
        expect(took).toBeLessThan(1000);
      }
    } finally {
      await slow.close();
    }
  });

  it("errorRate answers that fraction of calls with a retryable documented error, the same calls for the same seed", async () => {
    const run = async (seed: number) => {
      const chaotic = await startTestMock({ errorRate: 0.3, seed, stateless: true });
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 60; i++) statuses.push((await send(cases[i % cases.length]!, {}, chaotic)).status);
        return statuses;
      } finally {
        await chaotic.close();
      }
    };
    const a = await run(7);
    const failed = a.map((s, i) => [s, cases[i % cases.length]!] as const).filter(([s, c]) => s !== c.op.http.successStatus);
    expect(failed.length).toBeGreaterThan(6);
    expect(failed.length).toBeLessThan(36);
    for (const [status, c] of failed) expect(retryableErrors(c.op).map((e) => e.status)).toContain(status);
    expect(await run(7)).toEqual(a);
    expect(await run(8)).not.toEqual(a);
  });

  it("control: false serves no /__opforge/: the path is the vendor's 404", async () => {
    const plain = await startTestMock({ control: false });
    try {
      const r = await call(plain.url, "GET", "/__opforge/requests", authHeaders(all[0]!));
      expect(r.status).toBe(404);
      expect(r.json).not.toHaveProperty("requests");
      expect(r.headers.get("x-amzn-errortype") ?? r.json!["error_code"]).toBeDefined();
    } finally {
      await plain.close();
    }
  });
});
