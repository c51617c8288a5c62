/**
 * Specs in, model out: load -> format check -> build IR -> model checks.
 * Throws `SpecError` with every problem found when any is an error.
 */
import { checkFormat } from "../check/check-format.js";
import { checkModel } from "../check/check-model.js";
import { SpecError, type Diagnostic } from "../check/diagnostics.js";
import { buildModel } from "../ir/build-model.js";
import type { IrModel } from "../ir/types.js";
import { loadSpecs, type RawService } from "../load/load-specs.js";
import { StageTimer } from "./stage-timer.js";

export interface CompileResult {
  model: IrModel;
  warnings: Diagnostic[];
}

export function compileSpecs(specsDir: string, opts: { only?: readonly string[]; timer?: StageTimer } = {}): CompileResult {
  const timer = opts.timer ?? new StageTimer();
  const loaded = timer.time("load", () => loadSpecs(specsDir, opts));
  return compileLoaded(loaded.services, loaded.diagnostics, timer);
}

export function compileLoaded(services: readonly RawService[], loadDiagnostics: readonly Diagnostic[], timer = new StageTimer()): CompileResult {
  const diagnostics: Diagnostic[] = loadDiagnostics.slice();
  // A service whose files break the format is reported, then left out of the
  // model, so that the builder only sees data of the shape it expects.
  const usable: RawService[] = [];
  for (const svc of services) {
    let ok = svc.serviceFile !== undefined;
    for (const f of [svc.serviceFile, ...svc.operationFiles]) {
      if (!f) continue;
      const d = timer.time("format", () => checkFormat(f));
      // One by one: spreading 150,000 diagnostics into push() overflows the stack.
      for (const x of d) diagnostics.push(x);
      if (d.length || f.data === undefined) ok = false;
    }
    if (ok) usable.push(svc);
  }
  const model = timer.time("build", () => buildModel(usable));
  for (const x of timer.time("check", () => checkModel(model))) diagnostics.push(x);
  if (diagnostics.some((d) => d.severity === "error")) throw new SpecError(diagnostics);
  return { model, warnings: diagnostics.filter((d) => d.severity === "warning") };
}
