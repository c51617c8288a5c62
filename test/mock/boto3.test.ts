/**
 * Conformance with boto3 (Debian's python3-boto3, /usr/bin/python3), for
 * every operation of every AWS service of the spec set: a valid call (input
 * made up from the IR) answers the success status with a request id; every
 * documented error, forced with `Prefer`, arrives as botocore's modeled
 * exception with its code and status; and boto3's standard retries get
 * through injected 429s.
 */
import { fromSdkOutput } from "../support/aws-sdk.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StartedMock } from "../../src/mock/start-mock.js";
import { runBoto3, snakeCase, type Boto3Call, type Boto3Result } from "../support/mock-boto3.js";
import { startTestMock } from "../support/mock-http.js";
import { operationCases, retryableErrors, services, validInput } from "../support/mock-services.js";

const AWS = services("aws-rest-json");
const cases = await operationCases(AWS);

interface Case {
  title: string;
  call: Boto3Call;
  check: (r: Boto3Result) => void;
}

const batch: Case[] = cases.flatMap((c) => {
  const base: Boto3Call = { service: c.service.id, method: snakeCase(c.op.name), params: validInput(c) };
  const name = `${c.service.id} ${c.op.name}`;
  return [
    {
      title: `${name}: a valid call answers ${c.op.http.successStatus} with a request id`,
      call: base,
      check: (r) => {
        expect(r).toMatchObject({ ok: true, status: c.op.http.successStatus });
        expect(r.requestId).toMatch(/\S/);
        if (r.ok && c.validateOutput && c.op.output) expect(c.validateOutput(fromSdkOutput(c.service, c.op.output, r.response as Record<string, unknown>)).problems).toEqual([]);
      },
    },
    ...c.op.errors.map((e) => ({
      title: `${name}: Prefer error=${e.name} arrives as botocore's modeled exception, HTTP ${e.status}`,
      call: { ...base, prefer: `error=${e.name}` },
      check: (r: Boto3Result) => {
        expect(r).toMatchObject({ ok: false, status: e.status, code: e.code ?? e.name, typed: true });
        expect(r.requestId).toMatch(/\S/);
      },
    })),
    ...[...new Set(c.op.errors.map((e) => e.status))].map((status) => ({
      title: `${name}: Prefer code=${status} answers the documented error of that status`,
      call: { ...base, prefer: `code=${status}` },
      check: (r: Boto3Result) => {
        expect(r).toMatchObject({ ok: false, status, typed: true });
      },
    })),
  ];
});

let mock: StartedMock;
let results: Boto3Result[] = [];
beforeAll(async () => {
  mock = await startTestMock({ services: AWS.map((s) => s.id), stateless: true });
  results = await runBoto3(mock.url, batch.map((c) => c.call));
});
afterAll(async () => {
  await mock?.close();
});

describe("boto3 against the mock", () => {
  it.each(batch.map((c, i) => [c.title, i] as const))("%s", (_, i) => {
    batch[i]!.check(results[i]!);
  });
});

describe("boto3 retries through injected faults", () => {
  const picks = AWS.flatMap((s) => {
    const c = cases.find((x) => x.service === s && retryableErrors(x.op).some((e) => e.status === 429));
    return c ? [c] : [];
  });

  it.each(picks.map((c) => [`${c.service.id} ${c.op.name}`, c] as const))("%s: 3 attempts get through two injected 429s; 1 attempt surfaces it", async (_, c) => {
    const error = retryableErrors(c.op).find((e) => e.status === 429)!;
    const fault = { service: c.service.id, operation: c.op.name, error: error.name };
    const add = (times: number) =>
      fetch(`${mock.url}/__opforge/faults`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ ...fault, times }) });
    expect((await add(2)).status).toBe(201);
    const call: Boto3Call = { service: c.service.id, method: snakeCase(c.op.name), params: validInput(c) };
    const [through] = await runBoto3(mock.url, [{ ...call, maxAttempts: 3 }]);
    expect(through).toMatchObject({ ok: true, status: c.op.http.successStatus, attempts: 3 });
    expect((await add(1)).status).toBe(201);
    const [surfaced] = await runBoto3(mock.url, [{ ...call, maxAttempts: 1 }]);
    expect(surfaced).toMatchObject({ ok: false, status: 429, code: error.code ?? error.name, typed: true });
  });
});
