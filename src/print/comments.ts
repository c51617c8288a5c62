/**
 * Comments carrying arbitrary text (descriptions from specs) that can neither end early nor leak
 * code, in the shape prettier leaves untouched: a JSDoc block whose lines all start with ` * `
 * (prettier re-indents such "indentable" blocks but keeps their text), and `//` lines. Control
 * characters and bidirectional controls are written as visible escapes.
 */

/** Every line terminator JS knows; each one would split a comment line. */
const LINE_TERMINATORS = /\r\n|[\r\n\u2028\u2029]/g;

/** A lone surrogate cannot be written as UTF-8: it would reach the file as U+FFFD anyway. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces lone surrogates by U+FFFD, as writing the text to a UTF-8 file would. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, "\uFFFD");
}

/**
 * Characters a comment must not carry as they are: control characters
 * other than tab and line breaks (NUL, ESC starting a terminal sequence, …)
 * and the bidirectional formatting controls, which make an editor show a
 * line in another order than the one it runs in ("Trojan Source").
 */
const INVISIBLE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function escapeCodeUnit(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** `text` with the characters of {@link INVISIBLE} written as visible `\uXXXX` escapes. */
export function visible(text: string): string {
  return text.replace(INVISIBLE, escapeCodeUnit);
}

/**
 * A name from outside (a spec folder, a file name) as one line of visible
 * text: line terminators and the characters of {@link INVISIBLE} as
 * `\uXXXX` escapes, so that the name reads the same wherever it is shown.
 * Backslashes are doubled only when something was escaped, so that ordinary
 * names are shown as they are.
 */
export function visibleName(name: string): string {
  const escaped = /[\r\n\u2028\u2029]/.test(name) || new RegExp(INVISIBLE.source).test(name);
  if (!escaped) return wellFormed(name);
  return wellFormed(name.replace(/\\/g, "\\\\")).replace(/[\r\n\u2028\u2029]/g, escapeCodeUnit).replace(INVISIBLE, escapeCodeUnit);
}

/** Splits text into lines on any JS line terminator. */
function lines(text: string): string[] {
  return visible(wellFormed(text)).replace(LINE_TERMINATORS, "\n").split("\n");
}

/**
 * Makes a line safe inside a block comment: `*` followed by `/` would end it, so a space is put
 * between them (readable, and no invisible characters). Trailing whitespace is removed because
 * prettier trims every line of a JSDoc block.
 */
function blockSafe(line: string): string {
  return line.replace(/\*\//g, "* /").trimEnd();
}

/**
 * A `/** ... *\/` block for `text` (one ` * ` line per text line), indented by `indent` (the
 * block's column; prettier re-aligns a JSDoc block to its node, so the caller must pass the
 * indentation the node gets, or print it through the JS builders which do). Empty lines become
 * ` *`. A single-line text gives `/** text *\/` on one line, which prettier keeps too.
 */
export function docComment(text: string, indent = ""): string {
  const all = lines(text);
  if (all.length === 1 && blockSafe(all[0]!) !== "") return `${indent}/** ${blockSafe(all[0]!)} */`;
  const body = all.map((line) => {
    const safe = blockSafe(line);
    return safe === "" ? `${indent} *` : `${indent} * ${safe}`;
  });
  return [`${indent}/**`, ...body, `${indent} */`].join("\n");
}

/**
 * A `//` comment line for `text`: line terminators become spaces so the rest of the text can never
 * become code; trailing whitespace is trimmed (prettier would trim it).
 */
export function lineComment(text: string): string {
  const flat = visible(wellFormed(text)).replace(LINE_TERMINATORS, " ").trimEnd();
  return flat === "" ? "//" : `// ${flat}`;
}
