/**
 * A generated package's `mock.js` on its own, as a user of the package runs
 * it (its copied, compiled runtime; no opforge): it exports the mock table,
 * the definition and `start<Service>Mock`; every operation of the spec set
 * has a table entry wired to its generated validators; and the package's
 * own server answers a valid call of every operation, serves the control
 * API.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { MockDefinition, RunningMock } from "../../src/runtime/mock/types.js";
import { importGenerated, testEnv } from "../support/env.js";
import { authHeaders, call } from "../support/mock-http.js";
import { operationCases, services, validInput, wireRequest } from "../support/mock-services.js";

const all = services();
const cases = await operationCases(all);
const running: RunningMock[] = [];
afterAll(async () => {
  for (const m of running.splice(0)) await m.close();
});

describe.each(all.map((s) => [s.id, s] as const))("generated %s/mock.js", (_, service) => {
  it(`exports mockTable, mockDefinition and ${service.names.startMock}; every operation is wired to its validators`, async () => {
    const mod = await importGenerated<Record<string, unknown>>(service.id, "mock.js");
    const def = mod["mockDefinition"] as MockDefinition;
    expect(def.mock).toBe(mod["mockTable"]);
    expect(typeof mod[service.names.startMock]).toBe("function");
    for (const op of service.operations) {
      const entry = def.mock.operations[op.name]!;
      expect(typeof entry.validateInput, op.name).toBe("function");
      expect(typeof entry.validateOutput, op.name).toBe(op.output ? "function" : "undefined");
      expect(entry.resource?.action, op.name).toBe(op.resource?.action);
    }
  });

  it("its own server (the package's runtime copy) answers a valid call of every operation and serves /__opforge/", async () => {
    const mod = await importGenerated<Record<string, (o: object) => Promise<RunningMock>>>(service.id, "mock.js");
    const mock = await mod[service.names.startMock]!({ port: 0, stateful: false });
    running.push(mock);
    for (const c of cases.filter((x) => x.service === service)) {
      const wire = await wireRequest(c, validInput(c));
      const r = await call(mock.url, wire.method, wire.path, { ...wire.headers, ...authHeaders(service) }, wire.body);
      expect(r.status, `${c.op.name}: ${r.text}`).toBe(c.op.http.successStatus);
    }
    const journal = (await (await fetch(`${mock.url}/__opforge/requests`)).json()) as { requests: unknown[] };
    expect(journal.requests).toHaveLength(service.operations.length);
  });

  it("copies its runtime beside it, and a token service's package no SigV4 verifier", () => {
    const dir = path.join(testEnv().generatedDir, service.id, "runtime", "mock");
    expect(existsSync(path.join(dir, "index.js"))).toBe(true);
    if (service.auth.scheme !== "sigv4") expect(existsSync(path.join(dir, "verify-sigv4.js"))).toBe(false);
  });
});
