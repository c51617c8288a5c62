/**
 * Lines of printed text, for the printer's fast paths (js-flat.ts, json.ts):
 * how wide a piece is against the print width, indentation, and the Doc
 * printer's text for a piece that starts a line at some depth (where a fast
 * path hands a piece back to the Doc printer).
 */
import { hardline, indent, type Doc } from "./doc.js";
import { printDoc } from "./doc-printer.js";
import { PRETTIER_OPTIONS } from "./prettier-options.js";
import { stringWidth } from "./string-width.js";

const ASCII = /^[\x20-\x7e]*$/;

/** The columns `text` (one line) takes, as prettier counts them. */
export function textWidth(text: string): number {
  return ASCII.test(text) ? text.length : stringWidth(text);
}

/** Whether `text` fits on a line that already holds `column` columns. */
export function fits(column: number, text: string): boolean {
  return column + textWidth(text) <= PRETTIER_OPTIONS.printWidth;
}

/** The indentation of `depth` levels. */
export const pad = (depth: number): string => "  ".repeat(depth);

/** `doc` printed as the start of a line at indentation `depth`, without that first line's indentation. */
export function printDocAt(doc: Doc, depth: number): string {
  if (depth === 0) return printDoc(doc);
  let nested: Doc = [hardline, doc];
  for (let i = 0; i < depth; i++) nested = indent(nested);
  return printDoc(nested).slice(1 + 2 * depth);
}
