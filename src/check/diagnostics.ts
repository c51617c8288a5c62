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

/**
 * One line per diagnostic, whatever the spec holds: line breaks and other
 * control characters in the file name and the message (which quotes spec
 * text and other file names) are printed as escapes.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const hint = d.hint ? ` (${d.hint})` : "";
  return `${escapeFileName(d.loc.file)}:${d.loc.line}:${d.loc.col} ${d.severity}: ${escapeControls(d.message + hint)}`;
}

const CONTROLS = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const SHORT: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** `text` with control characters, Unicode line separators and bidirectional controls written as escapes (`\n`, `\u2028`). */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * A path as printed in a report, escaped as {@link escapeControls} does, so
 * that a file named with a line break cannot split its report or forge
 * another. Backslashes are doubled only when something was escaped, so
 * that ordinary Windows paths print as they are.
 */
export function escapeFileName(file: string): string {
  if (!new RegExp(CONTROLS.source).test(file)) return file;
  return escapeControls(file.replace(/\\/g, "\\\\"));
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
