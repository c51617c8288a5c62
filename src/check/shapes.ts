/** Shape names used twice, enums without values or with a value twice. */
import type { IrService } from "../ir/types.js";
import { error, type Diagnostic } from "./diagnostics.js";

export function checkShapes(service: IrService, out: Diagnostic[]): void {
  const first = new Map<string, IrService["shapes"][number]>();
  for (const s of service.shapes) {
    const prev = first.get(s.name);
    if (prev) {
      const p = prev.loc;
      out.push(error(s.loc, "duplicate-shape", `shape name '${s.name}' is already used at ${p.file}:${p.line}:${p.col}`, "give one of them a different `name:`"));
    } else first.set(s.name, s);
    if (s.kind !== "enum") continue;
    if (s.values.length === 0) out.push(error(s.loc, "enum-values", `enum '${s.name}' has no values`, "list at least one value"));
    s.values.forEach((v, i) => {
      if (s.values.findIndex((x) => x.value === v.value) !== i) {
        out.push(error(v.loc, "duplicate-enum-value", `enum '${s.name}' lists '${v.value}' twice`, "enum values must be unique"));
      }
    });
  }
}
