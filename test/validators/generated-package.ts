/**
 * Test helper: emits the types, validators and JSON Schema of a specs folder
 * (the real specs or a fixture) into a temporary folder, formatted as
 * `npm run generate` formats them, and imports them. Tests thus run the
 * current emitters, not whatever generated/ last held.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { jsonSchemaEmitter } from "../../src/emit/json-schema/emit-json-schema.js";
import { typesEmitter } from "../../src/emit/types/emit-types.js";
import { validatorsEmitter } from "../../src/emit/validators/emit-validators.js";
import type { IrModel, IrService } from "../../src/ir/types.js";
import { compileSpecs } from "../../src/pipeline/compile-specs.js";
import { formatFile } from "../../src/pipeline/render-files.js";

export interface ValidationResultLike {
  valid: boolean;
  problems: Array<{ path: string; rule: string; message: string }>;
}
export type ValidatorModule = Record<string, (value: unknown) => unknown>;

export interface EmittedService {
  service: IrService;
  dir: string;
  files: Map<string, string>;
  validators: ValidatorModule;
  /** Parsed `schema/*.json`, by path relative to the service folder. */
  schemas: Map<string, Record<string, unknown>>;
}

const EMITTERS = [typesEmitter, validatorsEmitter, jsonSchemaEmitter];

export async function emitServices(specsDir: string): Promise<{ model: IrModel; services: EmittedService[] }> {
  const { model } = compileSpecs(specsDir);
  const root = mkdtempSync(join(tmpdir(), "opforge-validators-"));
  // ESM, as in a generated package: otherwise loaders compile the files to CommonJS with getter-based imports.
  writeFileSync(join(root, "package.json"), JSON.stringify({ type: "module", private: true }) + "\n");
  const services: EmittedService[] = [];
  for (const service of model.services) {
    const dir = join(root, service.id);
    const files = new Map<string, string>();
    for (const e of EMITTERS) for (const f of e.emit(service, { model })) files.set(f.path, await formatFile(f.path, f.contents));
    for (const [p, c] of files) {
      mkdirSync(dirname(join(dir, p)), { recursive: true });
      writeFileSync(join(dir, p), c);
    }
    const validators = (await import(pathToFileURL(join(dir, "src/validators.ts")).href)) as ValidatorModule;
    const schemas = new Map<string, Record<string, unknown>>();
    for (const [p, c] of files) if (p.startsWith("schema/")) schemas.set(p, JSON.parse(c) as Record<string, unknown>);
    services.push({ service, dir, files, validators, schemas });
  }
  return { model, services };
}
