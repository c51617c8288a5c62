/**
 * Generality: the generated mocks of the fixture specs
 * (`test/fixtures/specs/`), which together use every spec feature (every
 * member location, greedy labels, output headers, HEAD/DELETE/PATCH,
 * create/upsert/patch resources, generated ids, hostile text). Every
 * operation, called with a request made up from its input shape, answers
 * its success status with an output the generated validator accepts (read
 * back through the protocol module, as a client would); every documented
 * error can be forced with `Prefer`, in the vendor's format.
 */
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IrService } from "../../src/ir/types.js";
import { compileSpecs } from "../../src/pipeline/compile-specs.js";
import { generate } from "../../src/pipeline/generate.js";
import { startGeneratedMocks, type StartedMock } from "../../src/mock/start-mock.js";
import { protocolFor } from "../support/protocols.js";
import { authHeaders, call } from "../support/mock-http.js";
import { operationCases, validInput, wireRequest, type OperationCase } from "../support/mock-services.js";

const REPO = path.resolve(import.meta.dirname, "../..");
const SPECS = path.join(REPO, "test/fixtures/specs");
const root = mkdtempSync(path.join(tmpdir(), "opforge-mock-fixtures-"));
const generatedDir = path.join(root, "generated");
await generate({ specsDir: SPECS, outDir: generatedDir });
symlinkSync(path.join(REPO, "node_modules"), path.join(root, "node_modules"), "dir");
const model = compileSpecs(SPECS).model;
const cases = await operationCases(model.services, generatedDir);

let mock: StartedMock;
beforeAll(async () => {
  mock = await startGeneratedMocks({ generatedDir, stateless: true });
});
afterAll(async () => {
  await mock?.close();
  rmSync(root, { recursive: true, force: true });
});

async function send(c: OperationCase, extra: Record<string, string> = {}) {
  const wire = await wireRequest(c, validInput(c));
  return call(mock.url, wire.method, wire.path, { ...wire.headers, ...authHeaders(c.service), ...extra }, wire.body);
}

function byService(service: IrService) {
  return cases.filter((c) => c.service === service);
}

describe.each(model.services.map((s) => [s.id, s] as const))("fixture %s", (_, service) => {
  describe.each(byService(service).map((c) => [c.op.name, c] as const))("%s", (__, c) => {
    it(`a made-up valid request answers ${c.op.http.successStatus} with an output the validator accepts`, async () => {
      const r = await send(c);
      expect(r.status, r.text).toBe(c.op.http.successStatus);
      if (c.op.http.method === "HEAD" || c.op.http.successStatus === 204) return expect(r.text).toBe("");
      const protocol = protocolFor(c.service.protocol);
      const output = protocol.decodeOutput(c.model, { status: r.status, headers: r.headers, body: r.json ?? (r.text === "" ? undefined : r.text) });
      if (c.validateOutput) expect(c.validateOutput(output).problems).toEqual([]);
    });

    it.each(c.op.errors.map((e) => [e.name, e] as const))("Prefer: error=%s answers it in the vendor's format", async (name, error) => {
      const r = await send(c, { prefer: `error=${name}` });
      expect(r.status).toBe(error.status);
      if (c.service.protocol === "aws-rest-json") expect(r.headers.get("x-amzn-errortype")).toBe(error.code ?? name);
      else if (c.op.http.method !== "HEAD") expect(r.json!["error_code"]).toBe(error.code);
    });
  });
});
