/**
 * Markdown escapers for spec text. Spec text is hostile: it may hold HTML,
 * pipes, backticks, emphasis markers or line-leading `#`/`-`/`>`; none of it
 * may change the document's structure (headings, tables, code fences).
 */

/** Characters CommonMark may read as markup anywhere in a line, and their escapes (HTML ones as entities). */
const INLINE = /[&<>\\`*_[\]|~]/g;
const INLINE_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

function escapeLine(line: string): string {
  const escaped = line.trim().replace(INLINE, (c) => INLINE_ESCAPES[c] ?? `\\${c}`);
  // Block markers at the start of a line: headings, lists, rules, setext underlines.
  return escaped.replace(/^([#+=-])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
}

function lines(text: string): string[] {
  return text.replace(/\r\n?|[\u2028\u2029]/g, "\n").split("\n");
}

/** Prose: paragraphs stay paragraphs, line breaks stay (hard) breaks, nothing else is markup. */
export function mdText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => lines(p).map(escapeLine).filter(Boolean).join("\\\n"))
    .filter(Boolean)
    .join("\n\n");
}

/** One table cell: a single line, with `|` escaped and line breaks as `<br>`. */
export function mdCell(text: string | undefined): string {
  if (!text) return "";
  return lines(text)
    .map(escapeLine)
    .filter(Boolean)
    .join("<br>");
}

/** A code span that no backtick in `text` can close early; safe in table cells. */
export function mdCode(text: string): string {
  const flat = text.replace(/[\r\n\u2028\u2029]+/g, " ");
  const longest = flat.includes("`") ? Math.max(...flat.match(/`+/g)!.map((r) => r.length)) : 0;
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || flat === "" ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`.replace(/\|/g, "\\|");
}

/** A fenced code block whose fence is longer than any backtick run inside. */
export function mdCodeBlock(code: string, lang: string): string {
  const longest = Math.max(0, ...(code.match(/`{3,}/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${code.replace(/\n$/, "")}\n${fence}`;
}

/** A heading's text: one line, escaped. */
export function mdHeading(text: string): string {
  return escapeLine(text.replace(/[\r\n\u2028\u2029]+/g, " "));
}
