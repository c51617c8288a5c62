/**
 * Documented rules (`allowedValues`, `openInModel`): a string's values are
 * either open (`knownValues`) or enforced (`allowedValues`), never both; the
 * enforced values are distinct and satisfy the string's own constraints (a
 * value the validators would reject is a contradiction in the spec); and
 * `openInModel` names only constraints written on the same type.
 */
import type { IrService, IrStringType, SourceLocation } from "../ir/types.js";
import { forEachType } from "../ir/walk.js";
import { error, type Diagnostic } from "./diagnostics.js";
import { describeValueProblem } from "./value-problem.js";

export function checkRules(service: IrService, out: Diagnostic[]): void {
  forEachType(service, (t, _m, label) => {
    const at = (field: string): SourceLocation => t.fields[field] ?? t.loc;
    if (t.kind === "string" && t.closed) allowedValueProblems(t, label, at, out);
    if (t.kind === "string" && t.fields["allowedValues"] && t.fields["knownValues"]) {
      out.push(error(at("allowedValues"), "known-and-allowed-values", `${label}: both knownValues and allowedValues`, "documented values are either open (knownValues) or enforced (allowedValues); keep one list"));
    }
    for (const field of t.openInModel ?? []) {
      if (t.fields[field] === undefined) {
        out.push(error(at("openInModel"), "open-rule-missing", `${label}: openInModel lists '${field}', which this type does not have`, "list only constraints written on the same type"));
      }
    }
  });
}

function allowedValueProblems(t: IrStringType, label: string, at: (field: string) => SourceLocation, out: Diagnostic[]): void {
  const seen = new Set<string>();
  // The values' own constraints, without the closed set itself.
  const own: IrStringType = { ...t, closed: undefined, knownValues: undefined };
  for (const v of t.knownValues ?? []) {
    if (seen.has(v.value)) out.push(error(v.loc, "duplicate-value", `${label}: allowed value '${v.value}' is listed twice`, "list each value once"));
    seen.add(v.value);
    const problem = describeValueProblem(own, v.value, new Map());
    if (problem) out.push(error(v.loc ?? at("allowedValues"), "bad-allowed-value", `${label}: allowed value ${problem}`, "an allowed value must satisfy the type's own constraints"));
  }
}
