/**
 * SigV4 verification in the runtime (`verifiers: { sigv4 }`): the runtime's
 * own client signs as the mock verifies (encoded labels, JSON bodies), for
 * every operation of every AWS service of the spec set; anything that is
 * not SigV4 is refused in AWS's words with the reason; token services are
 * left alone. (The official SDKs' signatures: test/mock/signatures.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sigv4Auth } from "../../../src/runtime/client/auth-sigv4.js";
import { ClientCore } from "../../../src/runtime/client/core.js";
import { ServiceError } from "../../../src/runtime/client/errors.js";
import { startMock } from "../../../src/runtime/mock/server.js";
import type { RunningMock } from "../../../src/runtime/mock/types.js";
import { createSigV4Verifier } from "../../../src/runtime/mock/verify-sigv4.js";
import { authHeaders, call } from "../../support/mock-http.js";
import { mockDefinition, operationCases, services, validInput, wireRequest } from "../../support/mock-services.js";
import { protocolFor } from "../../support/protocols.js";

const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };
const all = services();
const definitions = await Promise.all(all.map((s) => mockDefinition(s.id)));
const aws = await operationCases(services("aws-rest-json"));

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock(definitions, { verifiers: { sigv4: createSigV4Verifier([credentials]) }, stateful: false });
});
afterAll(async () => {
  await mock?.close();
});

describe("SigV4 verification", () => {
  it.each(aws.map((c) => [`${c.service.id} ${c.op.name}`, c] as const))("accepts the runtime client's signature: %s", async (_, c) => {
    const table = (await mockDefinition(c.service.id)).service;
    const options = { endpoint: mock.url, region: "us-east-1", credentials, retry: false as const };
    const core = new ClientCore(table, options, { protocol: protocolFor(table.protocol), errors: {}, serviceError: class extends ServiceError {}, authenticate: sigv4Auth(table, options) });
    const input = validInput(c);
    // A label with spaces, a slash and non-ASCII text: what canonical paths get wrong.
    const label = c.model.labels[0];
    if (label) input[label.name] = "a b/ü";
    await expect(core.send(c.op.name, input)).resolves.not.toBeInstanceOf(Error);
  });

  it("says why a request is refused, after AWS's own words", async () => {
    const c = aws[0]!;
    const wire = await wireRequest(c, validInput(c));
    const r = await call(mock.url, wire.method, wire.path, { ...wire.headers, authorization: "Bearer nope" }, wire.body);
    expect(r.status).toBe(403);
    expect(r.headers.get("x-amzn-errortype")).toBe("InvalidSignatureException");
    expect(r.json!["message"]).toMatch(/^The request signature we calculated does not match.*\(mock: the Authorization header is not AWS4-HMAC-SHA256\)$/);
  });

  it("leaves token-authenticated services alone", async () => {
    for (const c of (await operationCases(services("huawei-rest-json"))).slice(0, 3)) {
      const wire = await wireRequest(c, validInput(c));
      const r = await call(mock.url, wire.method, wire.path, { ...wire.headers, ...authHeaders(c.service) }, wire.body);
      expect(r.status).toBe(c.op.http.successStatus);
    }
  });
});
