/**
 * `opforge verify` against Debian's botocore models: passes on the real
 * specs, fails with file:line:col on a fixture with a wrong wire name, and a
 * `verify` mark excuses exactly the fact it names.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { verifyCommand } from "../../src/cli/verify-command.js";
import type { IrService, IrStructureShape, IrType } from "../../src/ir/types.js";
import { compileSpecs } from "../../src/pipeline/compile-specs.js";
import { compareService } from "../../src/verify/compare-model.js";
import { DEFAULT_MODELS_DIR, locateModel, type ServiceModel } from "../../src/verify/service-model.js";
import { specFieldLocator } from "../../src/verify/spec-fields.js";
import { verifyService } from "../../src/verify/verify-service.js";
import { testEnv } from "../support/env.js";

const FIXTURE = "test/fixtures/verify/specs";

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await verifyCommand(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

function realService(id: string): { service: IrService; model: ServiceModel } {
  const service = compileSpecs("specs", { only: [id] }).model.services[0]!;
  const located = locateModel(DEFAULT_MODELS_DIR, service);
  if ("missing" in located) throw new Error(located.missing);
  return { service, model: located.model };
}

function structure(service: IrService, name: string): IrStructureShape {
  const s = service.shapes.find((x) => x.name === name);
  if (s?.kind !== "structure") throw new Error(`no structure ${name}`);
  return s;
}

describe("verify on the spec set under test", () => {
  it("finds no differences in any AWS service and skips the others with a note", async () => {
    const { specsDir, model } = testEnv();
    const r = await run(["--specs", specsDir]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    for (const service of model.services) {
      const line = lines.find((l) => l.trimStart().startsWith(`${service.id} `));
      if (service.vendor !== "aws") {
        expect(line).toMatch(/\s+skipped: /);
        continue;
      }
      const located = locateModel(DEFAULT_MODELS_DIR, service);
      if ("missing" in located) throw new Error(located.missing);
      const file = path.relative(DEFAULT_MODELS_DIR, located.file);
      expect(line).toBe(`  ${service.id.padEnd(16)} ${service.operations.length} operation(s) vs ${file}: 0 difference(s), 0 excused`);
    }
    const aws = model.services.filter((s) => s.vendor === "aws").length;
    expect(r.out).toContain(`Verified ${aws} service(s) against the official models: no differences.`);
  });

  it("has --help", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Usage: opforge verify");
    expect((await run(["--bogus"])).code).toBe(2);
  });
});

describe("verify on the fixture with a wire-name mistake", () => {
  it("fails with the member's file:line:col", async () => {
    const r = await run(["--specs", FIXTURE]);
    expect(r.code).toBe(1);
    const errors = r.err.split("\n").filter((l) => l.includes(" error: "));
    expect(errors).toEqual([
      "test/fixtures/verify/specs/apigateway/UpdateAccount.yaml:12:5 error: member 'patchOperations' of UpdateAccountRequest has wire name 'patch_operations', the model says 'patchOperations' (set wireName: patchOperations)",
    ]);
  });

  it("excuses the marked difference, which is a real finding without the mark", async () => {
    const r = await run(["--specs", FIXTURE]);
    expect(r.out).toContain("UpdateAccount.yaml:42:7 excused type: member 'apiKeyVersion' of Account is an integer");
    const service = compileSpecs(FIXTURE).model.services[0]!;
    const located = locateModel(DEFAULT_MODELS_DIR, service);
    if ("missing" in located) throw new Error(located.missing);
    const member = structure(service, "Account").members.find((m) => m.name === "apiKeyVersion")!;
    expect(member.verify).toEqual({ ignore: ["type"], reason: "fixture for a documented, deliberate difference" });
    delete member.verify;
    const unmarked = verifyService(service, located.model).diagnostics.filter((d) => d.severity === "error");
    expect(unmarked.map((d) => `${d.loc.line}:${d.code}`)).toEqual(["12:verify-wireName", "42:verify-type"]);
  });
});

describe("comparison facts", () => {
  // Each case breaks one fact of the real IR and expects exactly that finding.
  const cases: Array<[string, string, (s: IrService) => void, string]> = [
    ["method", "apigateway", (s) => (s.operations.find((o) => o.name === "PutMethod")!.http.method = "POST"), "uses HTTP POST, the model says PUT"],
    ["path", "apigateway", (s) => (s.operations.find((o) => o.name === "UpdateAccount")!.http.path = "/accounts"), "path is '/accounts'"],
    ["status", "apigateway", (s) => (s.operations.find((o) => o.name === "PutMethod")!.http.successStatus = 200), "success status is 200, the model says 201"],
    ["required", "apigateway", (s) => (structure(s, "PutMethodRequest").members.find((m) => m.name === "authorizationType")!.required = false), "is optional, the model says required"],
    ["location", "apigateway", (s) => (structure(s, "PutMethodRequest").members.find((m) => m.name === "operationName")!.location = "query"), "is in the query, the model says body"],
    ["type", "amplifybackend", (s) => ((m) => (m.type = { ...m.type, kind: "float" } as IrType))(structure(s, "BackendAPIAppSyncAuthSettings").members.find((m) => m.name === "ExpirationTime")!), "is a float, the model's __double is a double"],
    ["enum", "amplifybackend", (s) => {
      const e = s.shapes.find((x) => x.name === "ResolutionStrategy")!;
      if (e.kind === "enum") e.values = e.values.filter((v) => v.value !== "LAMBDA");
    }, "enum ResolutionStrategy lacks LAMBDA"],
    ["status", "apigateway", (s) => {
      for (const op of s.operations) for (const e of op.errors) if (e.name === "ConflictException") e.status = 400;
    }, "error ConflictException has status 400, the model says 409"],
    ["errors", "amplifybackend", (s) => {
      const op = s.operations[0]!;
      op.errors = op.errors.filter((e) => e.name !== "GatewayTimeoutException");
    }, "does not list the model's error GatewayTimeoutException"],
    ["extra", "apigateway", (s) => {
      const shape = structure(s, "ThrottleSettings");
      shape.members = shape.members.filter((m) => m.name !== "rateLimit");
    }, "ThrottleSettings lacks member 'rateLimit'"],
    ["missing", "amplifybackend", (s) => (s.operations[0]!.name = "UpdateBackendApi"), "operation 'UpdateBackendApi' is not in the official model"],
  ];
  for (const [fact, id, breakIt, message] of cases) {
    it(`reports a ${fact} difference (${message})`, () => {
      const { service, model } = realService(id);
      expect(compareService(service, model)).toEqual([]);
      breakIt(service);
      const findings = compareService(service, model);
      expect(findings.map((f) => f.fact)).toEqual([fact]);
      expect(findings[0]!.message).toContain(message);
    });
  }

  it("points operation-level differences at the spec field (http.method, errors entry)", () => {
    const { service, model } = realService("apigateway");
    const op = service.operations.find((o) => o.name === "PutMethod")!;
    op.http.method = "POST";
    op.errors = op.errors.filter((e) => e.name !== "ConflictException");
    const d = verifyService(service, model, specFieldLocator()).diagnostics;
    const lines = readFileSync("specs/apigateway/PutMethod.yaml", "utf8").split("\n");
    const lineOf = (re: RegExp) => lines.findIndex((l) => re.test(l)) + 1;
    expect(d.map((x) => `${x.loc.file}:${x.loc.line}:${x.code}`)).toEqual([
      `specs/apigateway/PutMethod.yaml:${lineOf(/^  method: PUT$/)}:verify-method`,
      `specs/apigateway/PutMethod.yaml:${lineOf(/^errors:$/)}:verify-errors`,
    ]);
  });

  it("warns about a mark that excuses nothing", () => {
    const { service, model } = realService("apigateway");
    const member = structure(service, "ThrottleSettings").members[0]!;
    member.verify = { ignore: ["wireName"], reason: "stale" };
    const d = verifyService(service, model).diagnostics;
    expect(d).toEqual([expect.objectContaining({ severity: "warning", code: "verify-stale-mark", loc: member.loc })]);
  });
});
