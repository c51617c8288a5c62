/**
 * Checks that need the whole resolved model: enums with no values,
 * generated names that collide in one package. (Repeated enum values are
 * reported by the builder, at the repeated value.) Per-type constraint
 * and default checks run in the builder, at the spec field they concern
 * (see `check-type.ts`, `value-problem.ts`).
 */
import type { Diagnostic } from "../diagnostics.js";
import type { IrModel, IrService, IrShape, SourceLocation } from "../ir/types.js";

export function checkModel(model: IrModel): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const svc of model.services) {
    for (const s of svc.shapes) if (s.kind === "enum") checkEnum(s, out);
    checkNames(svc, out);
  }
  return out;
}

function checkEnum(s: Extract<IrShape, { kind: "enum" }>, out: Diagnostic[]) {
  if (s.values.length === 0) {
    out.push({ loc: s.loc, severity: "error", code: "enum-values", message: `enum '${s.name}' has no values`, hint: "list at least one value" });
  }
}

/** Generated names that would collide in one package. */
function checkNames(svc: IrService, out: Diagnostic[]) {
  const taken = new Map<string, SourceLocation>();
  const claim = (name: string, loc: SourceLocation, what: string) => {
    const prev = taken.get(name);
    if (prev) out.push({ loc, severity: "error", code: "name-collision", message: `generated name '${name}' (${what}) collides with one from ${prev.file}:${prev.line}:${prev.col}`, hint: "rename the shape or the error" });
    else taken.set(name, loc);
  };
  claim(svc.clientName, svc.loc, "client class");
  for (const s of svc.shapes) {
    claim(s.name, s.loc, "shape");
    if (s.kind === "enum") claim(s.valuesConstName, s.loc, "enum values");
  }
  for (const e of svc.errors) {
    claim(e.name, e.loc, "error class");
    claim(e.typeName, e.loc, "error data type");
  }
}
