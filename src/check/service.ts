/** A service's id matches its folder, and ids are unique. */
import type { IrModel, IrService } from "../ir/types.js";
import { error, type Diagnostic } from "./diagnostics.js";

export function checkServiceId(service: IrService, out: Diagnostic[]): void {
  if (service.id !== service.folder) {
    out.push(error(service.idLoc, "service-folder", `service id '${service.id}' does not match its folder '${service.folder}'`, `rename the folder or set service: ${service.folder}`));
  }
}

export function checkServiceIds(model: IrModel, out: Diagnostic[]): void {
  const ids = new Map<string, IrService>();
  for (const s of model.services) {
    const prev = ids.get(s.id);
    if (prev) out.push(error(s.idLoc, "duplicate-service", `service id '${s.id}' is already used by ${prev.loc.file}`, "service ids must be unique"));
    else ids.set(s.id, s);
  }
}
