/**
 * A Huawei API reference page reduced to what the importer reads, whatever
 * form it came in (text copied from the browser, HTML, reStructuredText):
 * headings, paragraphs, tables and code blocks in page order. Text in cells
 * and paragraphs is normalized: paragraphs separated by a blank line, list
 * items as `- item` lines.
 */

/** One block of a page, in page order. */
export type PageBlock =
  | { kind: "heading"; text: string }
  | { kind: "para"; text: string }
  | { kind: "table"; title?: string; header: string[]; rows: string[][] }
  | { kind: "code"; text: string };

/** A page as the readers give it. */
export interface Page {
  /** The page title (its first heading). */
  title?: string;
  /** The page's own file name at the vendor (`CreateCustomAuthorizerV2.html`), when it says. */
  originalName?: string;
  blocks: PageBlock[];
}

/** The section headings every Huawei API reference page has. */
export const SECTION_HEADINGS: readonly string[] = [
  "Function",
  "Calling Method",
  "Authorization Information",
  "URI",
  "Request Parameters",
  "Response Parameters",
  "Example Requests",
  "Example Responses",
  "Status Codes",
  "Error Codes",
];

/** `Table 3 Request body parameters` -> `Request body parameters`. */
export function tableTitle(caption: string): string {
  return caption.replace(/^\s*Table\s+\d+\s*[.:]?\s*/i, "").trim();
}

/** Joins paragraph texts; consecutive list items by a line break, the rest by a blank line. */
export function joinParagraphs(parts: readonly string[]): string {
  let out = "";
  parts.forEach((p, i) => {
    if (i > 0) out += p.startsWith("- ") && parts[i - 1]!.startsWith("- ") ? "\n" : "\n\n";
    out += p;
  });
  return out;
}

/**
 * The end of a JSON value starting at `text[start]` (`{` or `[`), or -1:
 * brackets are counted outside strings, so examples whose string values hold
 * braces (Huawei's response templates do) are read whole.
 */
export function jsonEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}
