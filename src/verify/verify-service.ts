/**
 * Turns findings into the report: a finding whose fact is listed by one of its
 * marks (`verify: { ignore: [...], reason }` in the spec) is excused; every
 * other finding is an error. A mark that excuses nothing is stale and reported
 * as a warning, so marks cannot outlive the difference they document.
 */
import type { Diagnostic } from "../check/diagnostics.js";
import type { IrService, IrVerifyMark, SourceLocation, VerifyFact } from "../ir/types.js";
import { compareService, type Finding } from "./compare-model.js";
import type { ServiceModel } from "./service-model.js";

export interface ServiceVerification {
  /** Differences (errors) and stale marks (warnings). */
  diagnostics: Diagnostic[];
  /** Findings excused by a mark, with the mark's reason. */
  excused: Array<{ finding: Finding; reason: string }>;
}

/** Finds a spec field's position in a spec file; `verify` passes one that reads the files. */
export type FieldLocator = (file: string, field: Array<string | number>) => SourceLocation | undefined;

export function verifyService(service: IrService, model: ServiceModel, locate?: FieldLocator): ServiceVerification {
  const findings = compareService(service, model);
  const used = new Map<IrVerifyMark, Set<VerifyFact>>();
  const diagnostics: Diagnostic[] = [];
  const excused: ServiceVerification["excused"] = [];
  for (const found of findings) {
    const at = found.field && locate?.(found.loc.file, found.field);
    const f = at ? { ...found, loc: at } : found;
    const mark = f.marks.find((m) => m?.ignore.includes(f.fact));
    if (mark) {
      const facts = used.get(mark) ?? new Set<VerifyFact>();
      facts.add(f.fact);
      used.set(mark, facts);
      excused.push({ finding: f, reason: mark.reason });
    } else {
      diagnostics.push({ loc: f.loc, severity: "error", code: `verify-${f.fact}`, message: f.message, hint: f.hint });
    }
  }
  for (const { mark, loc } of collectMarks(service)) {
    const facts = used.get(mark);
    const stale = mark.ignore.filter((fact) => !facts?.has(fact));
    if (stale.length) {
      diagnostics.push({
        loc,
        severity: "warning",
        code: "verify-stale-mark",
        message: `verify mark ignores ${stale.join(", ")}, but the model agrees here`,
        hint: "remove it from `verify.ignore`",
      });
    }
  }
  return { diagnostics, excused };
}

/** Every mark of the service with the position of the element carrying it (shared errors once). */
function collectMarks(service: IrService): Array<{ mark: IrVerifyMark; loc: SourceLocation }> {
  const out = new Map<IrVerifyMark, SourceLocation>();
  const add = (mark: IrVerifyMark | undefined, loc: SourceLocation) => {
    if (mark && !out.has(mark)) out.set(mark, loc);
  };
  for (const s of service.shapes) {
    add(s.verify, s.loc);
    if (s.kind === "structure") for (const m of s.members) add(m.verify, m.loc);
  }
  for (const op of service.operations) {
    add(op.verify, op.loc);
    for (const e of op.errors) {
      add(e.verify, e.loc);
      for (const m of e.members) add(m.verify, m.loc);
    }
  }
  for (const e of service.errors) {
    add(e.verify, e.loc);
    for (const m of e.members) add(m.verify, m.loc);
  }
  return [...out].map(([mark, loc]) => ({ mark, loc }));
}
