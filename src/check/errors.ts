/**
 * Error tables: every error has a status and (where the wire needs one) a
 * code; an operation-only error is defined the same way everywhere it is.
 */
import type { IrError, IrService } from "../ir/types.js";
import { error, type Diagnostic } from "./diagnostics.js";

export function checkErrors(service: IrService, out: Diagnostic[]): void {
  const seen = new Set<IrError>();
  const opOnly = new Map<string, IrError>();
  const all = [...service.errors, ...service.operations.flatMap((o) => o.errors)];
  for (const e of all) {
    if (seen.has(e)) continue;
    seen.add(e);
    if (e.missing) {
      const missing = e.missing.join(" and ");
      out.push(
        e.opOnly
          ? error(e.loc, "unknown-error", `error '${e.name}' is not declared in service.yaml and has no ${missing}`, "declare it under `errors:` in service.yaml, or give status and code here")
          : error(e.loc, "incomplete-error", `error '${e.name}' has no ${missing}`, `add ${missing}`),
      );
    }
    if (e.strayAppliesToAll) out.push(error(e.strayAppliesToAll, "field-not-applicable", "appliesToAll belongs in service.yaml", "move the error to service.yaml"));
    if (!e.opOnly || e.missing) continue;
    const prev = opOnly.get(e.name);
    if (!prev) opOnly.set(e.name, e);
    else if (fingerprint(prev) !== fingerprint(e)) {
      out.push(error(e.loc, "conflicting-error", `error '${e.name}' is defined differently in ${prev.loc.file}`, "declare it once in service.yaml and override per operation"));
    }
  }
}

/** An error's meaning, without positions. */
function fingerprint(e: IrError): string {
  return JSON.stringify(e, (key, value) => (key === "loc" || key === "at" || key === "fields" ? undefined : value));
}
