/** Constraint fields written on a type they do not apply to. */
import { TYPE_FIELDS } from "../ir/build-type.js";
import type { IrService } from "../ir/types.js";
import { forEachType } from "../ir/walk.js";
import { error, type Diagnostic } from "./diagnostics.js";

export function checkFields(service: IrService, out: Diagnostic[]): void {
  forEachType(service, (t) => {
    for (const s of t.stray ?? []) {
      if (s.on === "ref" && s.field === "type") {
        out.push(error(s.loc, "ref-and-type", "a member has both `ref` and `type`", "use one of them"));
      } else if (s.on === "ref") {
        const name = t.kind === "ref" ? t.name : "";
        out.push(error(s.loc, "field-not-applicable", `field '${s.field}' does not apply to a ref`, `put constraints on the shape '${name}' instead`));
      } else {
        const allowed = TYPE_FIELDS[s.on] ?? [];
        out.push(error(s.loc, "field-not-applicable", `field '${s.field}' does not apply to type ${s.on}`, `allowed for ${s.on}: ${allowed.join(", ") || "no constraints"}`));
      }
    }
  });
}
