/**
 * Markdown pieces for templates that must stay unchanged under prettier (`proseWrap: "preserve"`)
 * and must show hostile text as text.
 *
 * Rules the helpers follow, checked against prettier 3.10.1 and marked:
 * - Inline text: the characters that can start markup anywhere in a line (backslash, backtick,
 *   `*`, `_`, brackets, `<`, `>`, `&`, `~`, `|`, `$`, which prettier reads as math, and `#`, which closes a heading) are backslash-escaped, and so is a first
 *   character that would open a block at the start of a line (`>`, `+`, `-`, `=`, or the
 *   `.`/`)` after leading digits). CommonMark turns an escaped punctuation character into
 *   itself, so nothing can become markup (emphasis, links, autolinks, HTML, entities,
 *   headings, list markers, code), at the start of a line or inside a list item alike, and
 *   the text stays readable; prettier keeps every such escape. Whitespace runs (line breaks included)
 *   fold to one space and the ends are trimmed, because prettier collapses whitespace in
 *   paragraphs and a line break would end a list item or start a block.
 * - Tables are not offered: prettier re-aligns their columns, so a table's text would depend on
 *   the width of every cell. Use lists.
 */

const LINE_TERMINATOR = /\r\n|[\r\n\u2028\u2029]/g;
const WHITESPACE_RUN = /[\t\n\v\f\r \u2028\u2029]+/g;
/** Characters that can open markup anywhere in a line. */
const INLINE_MARKUP = /[\\`*_[\]<>&~|$#]/g;
/** A first character that opens a block at the start of a line (heading, quote, list, setext underline). */
const LEADING_BLOCK = /^(?:[>+=-]|\d+(?=[.)]))/;
// C0/C1 controls other than whitespace: invisible, and some are rewritten by markdown parsers.
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function clean(text: string): string {
  return text.replace(LONE_SURROGATE, "\uFFFD").replace(CONTROL, "");
}

/** What `markdownText(text)` renders as: the text with whitespace folded and controls removed. */
export function markdownPlain(text: string): string {
  return clean(text).replace(WHITESPACE_RUN, " ").trim();
}

/**
 * Inline Markdown that renders as exactly `markdownPlain(text)` and that prettier leaves as is,
 * anywhere inline (paragraph, heading text, list item). O(length).
 */
export function markdownText(text: string): string {
  const escaped = markdownPlain(text).replace(INLINE_MARKUP, (ch) => "\\" + ch);
  const lead = LEADING_BLOCK.exec(escaped);
  if (!lead) return escaped;
  // `#`: `\#`; `1.`: `1\.` (the digits stay, the marker is escaped).
  return /^\d/.test(lead[0]) ? `${lead[0]}\\${escaped.slice(lead[0].length)}` : `\\${escaped}`;
}

/** The lengths of the backtick runs in `text`. */
function backtickRuns(text: string): Set<number> {
  const runs = new Set<number>();
  for (const match of text.matchAll(/`+/g)) runs.add(match[0].length);
  return runs;
}

/**
 * Inline code showing `code` (line breaks folded to spaces, ends trimmed: CommonMark strips
 * one space at each end and prettier drops padding it does not need). The fence is the shortest
 * backtick run absent from the code, padded with a space when the code starts or ends with a
 * backtick: exactly what prettier prints. Throws on empty (all-blank) code.
 */
export function codeSpan(code: string): string {
  const content = clean(code).replace(LINE_TERMINATOR, " ").replace(/^ +| +$/g, "");
  if (content === "") throw new Error("codeSpan: empty code cannot be shown inline");
  const runs = backtickRuns(content);
  let size = 1;
  while (runs.has(size)) size++;
  const fence = "`".repeat(size);
  const pad = content.startsWith("`") || content.endsWith("`") ? " " : "";
  return fence + pad + content + pad + fence;
}

/**
 * A fenced code block (no trailing newline): backtick fence one longer than the longest backtick
 * run in the code, at least three, as prettier prints it. `lang` must be a single word without
 * backticks. Trailing whitespace of lines is removed. prettier formats the code of languages it knows (js, ts, json, css, yaml, ...): such
 * code must already be in prettier's format (print it with this library first); other languages
 * (`text`, `sh`, `http`) are left alone. Line endings are normalised to `\n`; trailing line breaks are dropped (prettier
 * drops them too).
 */
export function fencedCode(lang: string, code: string): string {
  if (!/^[^\s`]*$/.test(lang)) throw new Error(`fencedCode: unusable language ${JSON.stringify(lang)}`);
  // Trailing blanks of lines are dropped: prettier drops them at the end of the block.
  const body = clean(code)
    .replace(LINE_TERMINATOR, "\n")
    .split("\n")
    .map((l) => l.trimEnd())
    .join("\n")
    .replace(/\n+$/, "");
  const longest = Math.max(0, ...backtickRuns(body));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${body}\n${fence}`;
}

/**
 * A link `[text](url)` that prettier prints as it is: the text through
 * `markdownText`, the destination bare with every character that would
 * need angle brackets or could end it early (spaces, controls, `<`, `>`,
 * parentheses, backslash) percent-encoded. Only http(s) URLs are accepted:
 * a spec could name any scheme (`javascript:`, `data:`).
 */
export function markdownLink(text: string, url: string): string {
  if (!/^https?:\/\//i.test(url)) throw new Error(`markdownLink: not an http(s) URL: ${JSON.stringify(url)}`);
  const destination = clean(url).replace(/[\s<>()\\`]/gu, (ch) => encodeURIComponent(ch).replace(/[()]/g, (p) => `%${p.charCodeAt(0).toString(16).toUpperCase()}`));
  return `[${markdownText(text)}](${destination})`;
}
