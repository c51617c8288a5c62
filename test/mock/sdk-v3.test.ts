/**
 * Conformance with the AWS SDK for JavaScript v3, for every operation of
 * every AWS service of the spec set: a valid call (input made up from the
 * IR) parses into the documented output; every documented error, forced
 * with `Prefer`, arrives as the SDK's own error class with its status and
 * request id; a body member of the wrong type is the SDK's
 * BadRequestException naming it; and the SDK's retries get through
 * injected 429s.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StartedMock } from "../../src/mock/start-mock.js";
import { fromSdkOutput } from "../support/aws-sdk.js";
import { attempt, awsSdk } from "../support/mock-aws-sdk.js";
import { startTestMock } from "../support/mock-http.js";
import { operationCases, retryableErrors, services, validInput, wrongTypeInput } from "../support/mock-services.js";

const AWS = services("aws-rest-json");
const cases = await operationCases(AWS);

let mock: StartedMock;
beforeAll(async () => {
  mock = await startTestMock({ services: AWS.map((s) => s.id), stateless: true });
});
afterAll(async () => {
  await mock?.close();
});

describe.each(cases.map((c) => [`${c.service.id} ${c.op.name}`, c] as const))("%s via AWS SDK v3", (_, c) => {
  const sdk = awsSdk(c.service);
  const input = validInput(c);

  it(`a valid call answers ${c.op.http.successStatus} and parses into the documented output`, async () => {
    const client = sdk.client(mock.url);
    const out = await client.send(sdk.command(c.op.name, input));
    client.destroy();
    const meta = out["$metadata"] as { httpStatusCode: number; requestId?: string };
    expect(meta.httpStatusCode).toBe(c.op.http.successStatus);
    expect(meta.requestId).toMatch(/\S/);
    // Timestamps come back as Dates: checked in their documented JSON form.
    if (c.validateOutput && c.op.output) expect(c.validateOutput(fromSdkOutput(c.service, c.op.output, out)).problems).toEqual([]);
    // Output members named like a scalar input member echo it.
    for (const [name, value] of Object.entries(input))
      if (typeof value !== "object" && Object.hasOwn(out, name)) expect(out[name], name).toEqual(value);
  });

  it.each(c.op.errors.map((e) => [e.name, e] as const))("Prefer: error=%s arrives as the SDK's typed error", async (name, error) => {
    const client = sdk.client(mock.url, { prefer: `error=${name}` });
    const result = await attempt(client, sdk.command(c.op.name, input));
    client.destroy();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(sdk.errorClass(name));
    expect(result.error.name).toBe(name);
    expect(result.error.$metadata.httpStatusCode).toBe(error.status);
    expect(result.error.$metadata.requestId).toMatch(/\S/);
    expect(result.error.message).not.toBe("UnknownError");
  });

  it.each([...new Set(c.op.errors.map((e) => e.status))])("Prefer: code=%i answers the documented error of that status", async (status) => {
    const client = sdk.client(mock.url, { prefer: `code=${status}` });
    const result = await attempt(client, sdk.command(c.op.name, input));
    client.destroy();
    expect(result.ok ? 0 : result.error.$metadata.httpStatusCode).toBe(status);
    if (!result.ok) expect(c.op.errors.filter((e) => e.status === status).map((e) => e.name)).toContain(result.error.name);
  });

  const wrong = wrongTypeInput(c, input);
  if (wrong)
    it(`a body member of the wrong type (${wrong.member}) is a BadRequestException naming it`, async () => {
      expect(c.validateInput(wrong.input).valid).toBe(false);
      const client = sdk.client(mock.url);
      const result = await attempt(client, sdk.command(c.op.name, wrong.input));
      client.destroy();
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.name).toBe("BadRequestException");
      expect(result.error.$metadata.httpStatusCode).toBe(400);
      expect(result.error.message).toMatch(/^\d+ validation errors? detected: /);
      expect(result.error.message.toLowerCase()).toContain(`at '${wrong.wire.toLowerCase()}`);
    });
});

describe("retries through injected faults", () => {
  // The first operation of each AWS service with a retryable 429: enough to prove the wire format drives the SDK's retry.
  const picks = AWS.flatMap((s) => {
    const c = cases.find((x) => x.service === s && retryableErrors(x.op).some((e) => e.status === 429));
    return c ? [c] : [];
  });

  it.each(picks.map((c) => [`${c.service.id} ${c.op.name}`, c] as const))("%s: maxAttempts 3 gets through two injected 429s", async (_, c) => {
    const error = retryableErrors(c.op).find((e) => e.status === 429)!;
    const added = await fetch(`${mock.url}/__opforge/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ service: c.service.id, operation: c.op.name, error: error.name, times: 2 }),
    });
    expect(added.status).toBe(201);
    const sdk = awsSdk(c.service);
    const client = sdk.client(mock.url, { maxAttempts: 3 });
    const out = await client.send(sdk.command(c.op.name, validInput(c)));
    client.destroy();
    expect((out["$metadata"] as { attempts: number }).attempts).toBe(3);
    expect(await (await fetch(`${mock.url}/__opforge/faults`)).json()).toEqual({ faults: [] });
  });

  it.each(picks.map((c) => [`${c.service.id} ${c.op.name}`, c] as const))("%s: maxAttempts 1 surfaces the injected 429 with Retry-After", async (_, c) => {
    const error = retryableErrors(c.op).find((e) => e.status === 429)!;
    await fetch(`${mock.url}/__opforge/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ service: c.service.id, operation: c.op.name, error: error.name }),
    });
    const sdk = awsSdk(c.service);
    const client = sdk.client(mock.url);
    const result = await attempt(client, sdk.command(c.op.name, validInput(c)));
    client.destroy();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.name).toBe(error.name);
    expect(result.error.$metadata.httpStatusCode).toBe(429);
    // API Gateway's 429s carry Retry-After (seconds), which the SDK exposes under the member's name.
    const retryAfter = error.members.find((m) => m.location === "header" && m.wireName.toLowerCase() === "retry-after");
    if (retryAfter) expect((result.error as unknown as Record<string, unknown>)[retryAfter.name]).toBe("1");
  });
});
