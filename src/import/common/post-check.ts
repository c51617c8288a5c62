/**
 * After writing, the imported folder is compiled (and, for AWS, verified
 * against the model it came from), so that a draft that does not hold
 * together is reported at once rather than at the next `generate`.
 */
import { SpecError, formatDiagnostic } from "../../check/diagnostics.js";
import { compileSpecs } from "../../pipeline/compile-specs.js";
import { locateModel } from "../../verify/service-model.js";
import { verifyService } from "../../verify/verify-service.js";

/** The outcome of compiling (and verifying) an imported folder, as lines to print. */
export interface PostCheck {
  ok: boolean;
  lines: string[];
}

/** Compiles `<outDir>/<service>`; with `modelsDir`, an AWS service is also verified against its model. */
export function checkImported(outDir: string, service: string, modelsDir?: string): PostCheck {
  let model;
  try {
    model = compileSpecs(outDir, { only: [service] }).model;
  } catch (e) {
    if (!(e instanceof SpecError)) throw e;
    return {
      ok: false,
      lines: [
        ...e.diagnostics.map(formatDiagnostic),
        `${outDir}/${service} does not compile (see the errors above).`,
      ],
    };
  }
  const svc = model.services.find((s) => s.id === service);
  if (!svc) return { ok: false, lines: [`${outDir}/${service} holds no service named ${service}`] };
  const lines = [`compiles: ${svc.operations.length} operation(s)`];
  if (!modelsDir || svc.vendor !== "aws") return { ok: true, lines };
  const located = locateModel(modelsDir, svc);
  if ("missing" in located) return { ok: false, lines: [...lines, `verify: ${located.missing}`] };
  const result = verifyService(svc, located.model);
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  lines.push(...result.diagnostics.map(formatDiagnostic));
  lines.push(
    `verify: ${errors.length} difference(s) from the model, ${result.excused.length} excused by verify marks`,
  );
  return { ok: errors.length === 0, lines };
}
