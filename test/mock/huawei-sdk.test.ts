/**
 * Conformance with the official Huawei Cloud SDK core, which signs every
 * request with AK/SK (`SDK-HMAC-SHA256`) and never sends `X-Auth-Token`,
 * for every operation of every Huawei service of the spec set, with the
 * mock verifying signatures: a valid call (input made up from the IR)
 * succeeds with the documented output; a body member of the wrong type is
 * a `ClientRequestException` 400 with the error code; every documented
 * status, forced with `Prefer`, arrives as the core's exception class of
 * its range with the code and the request id; a wrong secret key is
 * APIG.0301; an unknown route is APIG.0101 with a request id.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StartedMock } from "../../src/mock/start-mock.js";
import { CREDENTIALS, startTestMock } from "../support/mock-http.js";
import {
  attemptHuawei,
  ClientRequestException,
  hcClient,
  projectOf,
  requestOptions,
  ServerResponseException,
} from "../support/mock-huawei-sdk.js";
import { operationCases, services, validInput, wrongTypeInput } from "../support/mock-services.js";

const HUAWEI = services("huawei-rest-json");
const cases = await operationCases(HUAWEI);

let mock: StartedMock;
beforeAll(async () => {
  mock = await startTestMock({ services: HUAWEI.map((s) => s.id), stateless: true, verifySignatures: true });
});
afterAll(async () => {
  await mock?.close();
});

describe.each(cases.map((c) => [`${c.service.id} ${c.op.name}`, c] as const))("%s via the Huawei SDK core (AK/SK)", (_, c) => {
  const input = validInput(c);
  const client = () => hcClient(mock.url, projectOf(c, input), CREDENTIALS);

  it(`a valid call answers ${c.op.http.successStatus} with the documented output`, async () => {
    const result = await attemptHuawei(client(), await requestOptions(c, input));
    if (!result.ok) throw new Error(`${result.error.httpStatusCode} ${result.error.errorCode} ${result.error.errorMsg}`);
    const { httpStatusCode, ...output } = result.response;
    expect(httpStatusCode).toBe(c.op.http.successStatus);
    if (c.validateOutput) expect(c.validateOutput(output).problems).toEqual([]);
  });

  const wrong = wrongTypeInput(c, input);
  if (wrong)
    it(`a body member of the wrong type (${wrong.wire}) is a ClientRequestException 400 with the error code`, async () => {
      expect(c.validateInput(wrong.input).valid).toBe(false);
      const result = await attemptHuawei(client(), await requestOptions(c, wrong.input));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const badRequest = c.op.errors.find((e) => e.status === 400)!;
      expect(result.error).toBeInstanceOf(ClientRequestException);
      expect(result.error.httpStatusCode).toBe(400);
      expect(result.error.errorCode).toBe(badRequest.code);
      expect(result.error.errorMsg).toContain(`parameterName:${wrong.wire}`);
      expect(result.error.requestId).toMatch(/\S/);
    });

  it.each(c.op.errors.map((e) => [e.status, e] as const))("Prefer: code=%i arrives as the core's exception with the documented code and a request id", async (status, error) => {
    const result = await attemptHuawei(client(), await requestOptions(c, input, { Prefer: `code=${status}` }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(status >= 500 ? ServerResponseException : ClientRequestException);
    expect(result.error.httpStatusCode).toBe(status);
    expect(result.error.errorCode).toBe(error.code);
    expect(result.error.requestId).toMatch(/\S/);
  });

  it("a wrong secret key is refused with APIG.0301 and a request id", async () => {
    const wrongKey = hcClient(mock.url, projectOf(c, input), { ...CREDENTIALS, secretAccessKey: "not-the-secret" });
    const result = await attemptHuawei(wrongKey, await requestOptions(c, input));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(ClientRequestException);
    expect(result.error.httpStatusCode).toBe(401);
    expect(result.error.errorCode).toBe("APIG.0301");
    expect(result.error.errorMsg).toMatch(/^Incorrect IAM authentication information: verify aksk signature fail/);
    expect(result.error.requestId).toMatch(/\S/);
  });
});

describe.each(HUAWEI.map((s) => [s.id, s] as const))("%s: requests no operation answers", (_, service) => {
  it("an unknown route reached with AK/SK gets the vendor's 404 with a request id", async () => {
    const c = cases.find((x) => x.service === service)!;
    const input = validInput(c);
    const options = { ...(await requestOptions(c, input)), url: "/v2/{project_id}/no/such/route", method: "GET" };
    delete options.data;
    const result = await attemptHuawei(hcClient(mock.url, projectOf(c, input), CREDENTIALS), options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(ClientRequestException);
    expect(result.error.httpStatusCode).toBe(404);
    expect(result.error.errorCode).toBe("APIG.0101");
    expect(result.error.requestId).toMatch(/\S/);
  });
});
