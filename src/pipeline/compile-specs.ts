/**
 * Specs in, model out: load -> format check -> build IR -> model checks.
 * Throws `SpecError` with every problem found when any is an error.
 */
import { SpecError, type Diagnostic } from "../diagnostics.js";
import { checkFormat } from "../check/check-format.js";
import { checkModel } from "../check/check-model.js";
import { buildModel } from "../ir/build-model.js";
import type { IrModel } from "../ir/types.js";
import { loadSpecs, type RawService } from "../load/load-specs.js";

export interface CompileResult {
  model: IrModel;
  warnings: Diagnostic[];
}

export function compileSpecs(specsDir: string, opts: { only?: readonly string[] } = {}): CompileResult {
  const loaded = loadSpecs(specsDir, opts);
  return compileLoaded(loaded.services, loaded.diagnostics);
}

export function compileLoaded(services: readonly RawService[], loadDiagnostics: readonly Diagnostic[]): CompileResult {
  const diagnostics: Diagnostic[] = [...loadDiagnostics];
  // Files that break the format are reported, then left out of the model so
  // that the builder only sees data of the shape it expects.
  const usable: RawService[] = [];
  for (const svc of services) {
    const formatOk = (f: { data: unknown } & Parameters<typeof checkFormat>[0]) => {
      const d = checkFormat(f);
      diagnostics.push(...d);
      return d.length === 0 && f.data !== undefined;
    };
    const serviceOk = svc.serviceFile ? formatOk(svc.serviceFile) : false;
    const ops = svc.operationFiles.filter((f) => formatOk(f));
    if (serviceOk && ops.length === svc.operationFiles.length) usable.push({ ...svc, operationFiles: ops });
  }
  const built = buildModel(usable);
  diagnostics.push(...built.diagnostics);
  diagnostics.push(...checkModel(built.model));
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length) throw new SpecError(diagnostics);
  return { model: built.model, warnings: diagnostics.filter((d) => d.severity === "warning") };
}
