/**
 * The reference the printer is held to: prettier with the project's options. Tests only.
 */

import * as prettier from "prettier";
import ts from "typescript";

/** The project's prettier options (what generation targets). */
export const PRETTIER_OPTIONS = {
  printWidth: 100,
  trailingComma: "all",
  singleQuote: false,
  proseWrap: "preserve",
} as const;

/** prettier's output for `text` as a file named `filepath` (x.js, x.d.ts, x.md, x.json). */
export function prettierFormat(text: string, filepath: string): Promise<string> {
  return prettier.format(text, { ...PRETTIER_OPTIONS, filepath });
}

/** TypeScript's parse diagnostics for `text` (empty when it parses). */
export function parseDiagnostics(text: string, fileName: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const diagnostics = (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
  return diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}
