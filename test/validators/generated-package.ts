/**
 * Test helper: renders the validators (and types, and JSON Schema) of a specs
 * folder (the real specs or a fixture) with the current emitters, writes them
 * beside the compiled validation runtime in a temporary folder, and imports
 * them. Tests thus run the current emitters, not whatever generated/ holds.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { emitJsonSchema } from "../../src/emit/json-schema/emit-json-schema.js";
import { typesEmitter } from "../../src/emit/types/emit-types.js";
import { emitValidators } from "../../src/emit/validators/emit-validators.js";
import type { IrModel, IrService } from "../../src/ir/types.js";
import { compileSpecs } from "../../src/pipeline/compile-specs.js";
import { runtimeBuild, runtimeFilesFor } from "../../src/pipeline/runtime-build.js";
import { loadTemplates } from "../../src/templates/templates.js";

export interface ValidationResultLike {
  valid: boolean;
  problems: Array<{ path: string; rule: string; message: string }>;
}
export type ValidatorModule = Record<string, (value: unknown) => unknown>;

export interface EmittedService {
  service: IrService;
  dir: string;
  /** Every emitted file, by path relative to the service folder. */
  files: Map<string, string>;
  validators: ValidatorModule;
  /** The service's JSON Schema (`schema/<id>.schema.json`), parsed. */
  schema: Record<string, unknown>;
}

const cache = new Map<string, Promise<{ model: IrModel; services: EmittedService[] }>>();

/** The emitted services of a specs folder (emitted once per test file and folder). */
export function emitServices(specsDir: string): Promise<{ model: IrModel; services: EmittedService[] }> {
  let found = cache.get(specsDir);
  if (!found) {
    found = emit(specsDir);
    cache.set(specsDir, found);
  }
  return found;
}

/** The validators of the three real services, emitted from specs/ (for tests of their documented rules). */
export async function realValidators(repo: string): Promise<{ apigateway: ValidatorModule; huawei: ValidatorModule; amplify: ValidatorModule }> {
  const { services } = await emitServices(join(repo, "specs"));
  const byId = (id: string) => services.find((s) => s.service.id === id)!.validators;
  return { apigateway: byId("apigateway"), huawei: byId("huawei-apig"), amplify: byId("amplifybackend") };
}

async function emit(specsDir: string): Promise<{ model: IrModel; services: EmittedService[] }> {
  const { model } = compileSpecs(specsDir);
  const runtime = await runtimeBuild();
  const ctx = { runtime, templates: loadTemplates() };
  const root = mkdtempSync(join(tmpdir(), "opforge-validators-"));
  // ESM, as in a generated package.
  writeFileSync(join(root, "package.json"), JSON.stringify({ type: "module", private: true }) + "\n");
  const services: EmittedService[] = [];
  for (const service of model.services) {
    const dir = join(root, service.id);
    const files = new Map<string, string>();
    const emitted = [...typesEmitter.emit(service, ctx), ...emitValidators(service), ...emitJsonSchema(service), ...runtimeFilesFor(runtime, ["shared/validation"]).files];
    for (const f of emitted) files.set(f.path, f.contents);
    for (const [p, c] of files) {
      mkdirSync(dirname(join(dir, p)), { recursive: true });
      writeFileSync(join(dir, p), c);
    }
    const validators = (await import(pathToFileURL(join(dir, "validators.js")).href)) as ValidatorModule;
    const schema = JSON.parse(files.get(`schema/${service.id}.schema.json`)!) as Record<string, unknown>;
    services.push({ service, dir, files, validators, schema });
  }
  return { model, services };
}
