/**
 * Generality: the mock emitter and runtime on the fixture specs, which
 * together use every spec feature (every member location, greedy paths,
 * output headers, HEAD/DELETE/PATCH, create/upsert/patch rules, hostile text).
 * Every operation, called with a request synthesized from its input shape,
 * answers its success status with a body the generated output validator
 * accepts; every error of every table can be forced with Prefer.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mockEmitter } from "../../src/emit/mock/emit-mock.js";
import { validatorsEmitter } from "../../src/emit/validators/emit-validators.js";
import { typesEmitter } from "../../src/emit/types/emit-types.js";
import type { IrModel, IrOperation, IrService } from "../../src/ir/types.js";
import { compileSpecs } from "../../src/pipeline/compile-specs.js";
import { formatFile } from "../../src/pipeline/render-files.js";
import type { MockServiceDefinition, MockShape } from "../../src/runtime/mock/definition.js";
import { listenMock, type RunningMock } from "../../src/runtime/mock/server.js";
import { Synthesizer } from "../../src/runtime/mock/synthesize.js";
import { WireCodec } from "../../src/runtime/mock/wire.js";

const model: IrModel = compileSpecs("test/fixtures/specs").model;
let root: string;
let running: RunningMock;
const defs = new Map<string, MockServiceDefinition>();

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "opforge-mock-fixtures-"));
  writeFileSync(join(root, "package.json"), JSON.stringify({ type: "module", private: true }) + "\n");
  for (const service of model.services) {
    for (const emitter of [typesEmitter, validatorsEmitter, mockEmitter]) {
      for (const f of emitter.emit(service, { model })) {
        const file = join(root, service.id, f.path);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, await formatFile(f.path, f.contents));
      }
    }
    const mod = (await import(pathToFileURL(join(root, service.id, "src/mock.ts")).href)) as { mock: MockServiceDefinition };
    defs.set(service.id, mod.mock);
  }
  running = await listenMock([...defs.values()], { stateful: false });
});

afterAll(async () => {
  await running?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** A wire request for `op` from a synthesized documented input (required members, plus every member when `all`). */
function requestFor(service: IrService, op: IrOperation, def: MockServiceDefinition): { path: string; query: string; headers: Record<string, string>; body: string | undefined } {
  const synth = new Synthesizer(def.shapes);
  const codec = new WireCodec(def.shapes, true);
  const input = (def.shapes[op.input] as Extract<MockShape, { kind: "structure" }>).members;
  const values: Record<string, unknown> = {};
  for (const m of input) if (m.required) values[m.name] = synth.value(m.type, m.name);
  const labels: Record<string, string> = {};
  const query = new URLSearchParams();
  const headers: Record<string, string> = service.auth.scheme === "sigv4"
    ? { authorization: `AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/${service.auth.signingName}/aws4_request, SignedHeaders=host, Signature=00` }
    : { [service.auth.header ?? "X-Auth-Token"]: "token" };
  const body: Record<string, unknown> = {};
  for (const m of input) {
    if (!Object.hasOwn(values, m.name)) continue;
    const v = values[m.name];
    if (m.location === "path") labels[m.wireName] = String(v);
    else if (m.location === "query") for (const item of Array.isArray(v) ? v : [v]) query.append(m.wireName, String(item));
    else if (m.location === "header") headers[m.wireName] = String(v);
    else body[m.wireName] = codec.encode(m.type, v);
  }
  const path = op.http.segments
    .map((s) => ("literal" in s ? s.literal : s.greedy ? labels[s.label]!.split("/").map(encodeURIComponent).join("/") : encodeURIComponent(labels[s.label] ?? "x")))
    .join("");
  const hasBody = input.some((m) => m.location === "body");
  if (hasBody) headers["content-type"] = "application/json";
  return { path: path.startsWith("/") ? path : `/${path}`, query: query.toString(), headers, body: hasBody ? JSON.stringify(body) : undefined };
}

async function send(op: IrOperation, r: ReturnType<typeof requestFor>, extra: Record<string, string> = {}) {
  const res = await fetch(`${running.url}${r.path}${r.query ? `?${r.query}` : ""}`, { method: op.http.method, headers: { ...r.headers, ...extra }, body: r.body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text };
}

for (const service of model.services) {
  describe(`fixture ${service.id}`, () => {
    for (const op of service.operations) {
      it(`${op.name}: a synthesized valid request gets ${op.http.successStatus} and a body the output validator accepts`, async () => {
        const def = defs.get(service.id)!;
        const r = await send(op, requestFor(service, op, def));
        expect(r.status, r.text).toBe(op.http.successStatus);
        // HEAD and 204 carry no body.
        if (op.http.method === "HEAD" || op.http.successStatus === 204) return expect(r.text).toBe("");
        const outputDef = def.operations.find((o) => o.name === op.name)!;
        const wire = JSON.parse(r.text) as unknown;
        const codec = new WireCodec(def.shapes, false);
        const documented = codec.decodeStruct(op.output, wire, "", []) as Record<string, unknown>;
        // Output header members travel as headers.
        const out = (def.shapes[op.output] as Extract<MockShape, { kind: "structure" }>).members;
        for (const m of out) if (m.location === "header" && r.headers.get(m.wireName) !== null) documented[m.name] = r.headers.get(m.wireName);
        expect(outputDef.validateOutput(documented).problems).toEqual([]);
      });

      for (const error of op.errors) {
        it(`${op.name}: Prefer error=${error.name} answers ${error.status}`, async () => {
          const def = defs.get(service.id)!;
          const r = await send(op, requestFor(service, op, def), { prefer: `error=${error.name}` });
          expect(r.status).toBe(error.status);
          if (service.protocol === "aws-rest-json") expect(r.headers.get("x-amzn-errortype")).toBe(error.code ?? error.name);
          else if (op.http.method !== "HEAD") expect((JSON.parse(r.text) as Record<string, unknown>)["error_code"]).toBe(error.code);
        });
      }
    }
  });
}
