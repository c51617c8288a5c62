/**
 * Spec problems as data: collected by every stage and reported together as
 * `file:line:col error: what (hint)`.
 */
import type { SourceLocation } from "../ir/shape-types.js";
import { compareStrings } from "../util/sort.js";

export interface Diagnostic {
  loc: SourceLocation;
  severity: "error" | "warning";
  /** Stable machine-readable class, e.g. `unknown-field`, `unresolved-ref`. */
  code: string;
  message: string;
  hint?: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  const hint = d.hint ? ` (${d.hint})` : "";
  return `${d.loc.file}:${d.loc.line}:${d.loc.col} ${d.severity}: ${d.message}${hint}`;
}

/** Orders diagnostics by file, position, then message, so reports are stable. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      compareStrings(a.loc.file, b.loc.file) ||
      a.loc.line - b.loc.line ||
      a.loc.col - b.loc.col ||
      compareStrings(a.message, b.message),
  );
}

/** An error found by a check pass. */
export function error(loc: SourceLocation, code: string, message: string, hint?: string): Diagnostic {
  return { loc, severity: "error", code, message, hint };
}

/** Thrown when a run must stop because of spec errors; carries all of them. */
export class SpecError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    const sorted = sortDiagnostics(diagnostics);
    super(sorted.map(formatDiagnostic).join("\n"));
    this.name = "SpecError";
    this.diagnostics = sorted;
  }
}
