/**
 * Spec problems as data: collected by every stage and reported together as
 * `file:line:col error: what (hint)`.
 */
import type { SourceLocation } from "./ir/types.js";

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

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
