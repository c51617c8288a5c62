/**
 * Bounded state: 200,000 distinct creations (twice the default
 * `maxResources` of 100,000) keep the mock's memory flat, with the journal
 * on; the store holds at most `maxResources` instances and at most
 * `maxStateBytes` of them. Requests are pipelined on raw sockets, so that
 * the test measures the mock rather than an HTTP client.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_MAX_RESOURCES } from "../../src/runtime/mock/index.js";
import type { StartedMock } from "../../src/mock/start-mock.js";
import { authHeaders, rawSocket, startTestMock } from "../support/mock-http.js";
import { operationCases, services, validInput, wireRequest, type OperationCase } from "../support/mock-services.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const cases = await operationCases(services());
/** The first operation that creates a resource: what 200,000 clients would call. */
const create = cases.find((c) => c.op.resource?.action === "create")!;
const generatesIds = create.service.resources.find((r) => r.name === create.op.resource!.resource)?.id !== undefined;

let mock: StartedMock;
beforeAll(async () => {
  mock = await startTestMock({ services: [create.service.id] });
});
afterAll(async () => {
  await mock?.close();
});

/** The raw request of creation number `i`: distinct through a key label unless the service generates ids. */
async function rawCreate(c: OperationCase, i: number): Promise<string> {
  const input = validInput(c);
  const label = c.model.labels.find((m) => !generatesIds && c.service.resources.find((r) => r.name === c.op.resource!.resource)!.key.includes(m.name));
  if (label) input[label.name] = i < 0 ? "SENTINEL" : `r${i}`;
  const wire = await wireRequest(c, input);
  const body = wire.body ?? "";
  const headers = { ...wire.headers, ...authHeaders(c.service), host: "mock", "content-length": String(Buffer.byteLength(body)) };
  return `${wire.method} ${wire.path} HTTP/1.1\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join("\r\n")}\r\n\r\n${body}`;
}

/** Sends creations `from` .. `to - 1` over 4 pipelining sockets; resolves with how many were answered with the success status. */
async function createMany(from: number, to: number): Promise<number> {
  const template = await rawCreate(create, -1);
  const request = (i: number) => template.replace("SENTINEL", `r${i}`);
  const status = `HTTP/1.1 ${create.op.http.successStatus} `;
  const sockets = 4;
  const counts = await Promise.all(
    Array.from({ length: sockets }, async (_, s) => {
      const { socket, received } = await rawSocket(mock.port);
      let answered = 0;
      let ok = 0;
      let seen = 0;
      for (let i = from + s; i < to; i += sockets * 500) {
        const batch: string[] = [];
        for (let j = i; j < Math.min(to, i + sockets * 500); j += sockets) batch.push(request(j));
        socket.write(batch.join(""));
        const want = answered + batch.length;
        while (answered < want) {
          await new Promise((r) => setTimeout(r, 5));
          const text = received();
          for (let at = text.indexOf("HTTP/1.1 ", seen); at !== -1; at = text.indexOf("HTTP/1.1 ", at + 9)) {
            answered++;
            if (text.startsWith(status, at)) ok++;
            seen = at + 9;
          }
        }
      }
      socket.destroy();
      return ok;
    }),
  );
  return counts.reduce((a, b) => a + b, 0);
}

function heapMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

describe("200,000 distinct creations", () => {
  it(`keep memory flat and the store at most ${DEFAULT_MAX_RESOURCES.toLocaleString("en-US")} instances`, async () => {
    expect(await createMany(0, 100_000)).toBe(100_000);
    const atCap = heapMb();
    expect(await createMany(100_000, 200_000)).toBe(100_000);
    const after = heapMb();
    const state = (await (await fetch(`${mock.url}/__opforge/state`)).json()) as { instances: number; bytes: number; limits: { maxResources: number; maxStateBytes: number } };
    expect(state.instances).toBe(DEFAULT_MAX_RESOURCES);
    expect(state.bytes).toBeLessThanOrEqual(state.limits.maxStateBytes);
    // The second 100,000 replace the first: the heap may move with GC, not grow with the count.
    expect(after - atCap).toBeLessThan(Math.max(16, atCap * 0.1));
    console.log(`heap at 100,000 creations ${atCap.toFixed(0)} MiB, at 200,000 ${after.toFixed(0)} MiB`);
  }, 240_000);
});
