/**
 * JavaScript literal text (strings, numbers, regular expressions, property keys) spelled the way
 * prettier spells it, so that prettier leaves generated code unchanged, and escaped so that any
 * value (hostile text included) yields valid code that means that value.
 */

import { ES5_IDENTIFIER_NAME } from "./es5-identifier.js";

const SHORT_ESCAPES: Record<string, string> = {
  "\b": "\\b",
  "\t": "\\t",
  "\n": "\\n",
  "\v": "\\v",
  "\f": "\\f",
  "\r": "\\r",
};

function hex(codeUnit: number, digits: number): string {
  return codeUnit.toString(16).toUpperCase().padStart(digits, "0");
}

/**
 * The quote prettier chooses for a string: double, unless the text has more double quotes than
 * single quotes (then single, so fewer escapes are needed).
 */
export function preferredQuote(value: string): '"' | "'" {
  let doubles = 0;
  let singles = 0;
  for (const ch of value) {
    if (ch === '"') doubles++;
    else if (ch === "'") singles++;
  }
  return doubles > singles ? "'" : '"';
}

/**
 * A JS string literal for `value`, in prettier's quotes. Escaped: the backslash, the chosen quote,
 * control characters, U+2028/U+2029 (line terminators in older engines and confusing in source),
 * and lone surrogates (not representable in UTF-8 files). Everything else is kept as is (prettier
 * leaves escapes and characters alone apart from quotes, so both forms are stable).
 */
export function stringLiteral(value: string): string {
  const quote = preferredQuote(value);
  let out = quote;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] as string;
    const code = ch.charCodeAt(0);
    if (ch === "\\") out += "\\\\";
    else if (ch === quote) out += "\\" + quote;
    else if (SHORT_ESCAPES[ch] !== undefined) out += SHORT_ESCAPES[ch];
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) out += "\\x" + hex(code, 2);
    else if (code === 0x2028 || code === 0x2029) out += "\\u" + hex(code, 4);
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += ch + (value[i + 1] as string);
        i++;
      } else out += "\\u" + hex(code, 4);
    } else if (code >= 0xdc00 && code <= 0xdfff) out += "\\u" + hex(code, 4);
    else out += ch;
  }
  return out + quote;
}

/** Whether `name` is an ES5 IdentifierName (what prettier's `quoteProps: "as-needed"` unquotes). */
export function isIdentifierName(name: string): boolean {
  return ES5_IDENTIFIER_NAME.test(name);
}

const SIMPLE_NUMBER = /^(?:\d+|\d+\.\d+)$/;

/** Where a property key is printed: prettier unquotes numeric keys in JS but not in TypeScript. */
export type KeyDialect = "js" | "ts";

/**
 * An object / interface key for `name`: bare when prettier would print it bare (an ES5 identifier
 * name; in JS also a simple canonical number such as `1` or `1.5`), a string literal otherwise.
 */
export function propertyKey(name: string, dialect: KeyDialect = "ts"): string {
  if (isIdentifierName(name)) return name;
  if (dialect === "js" && SIMPLE_NUMBER.test(name) && String(Number(name)) === name) return name;
  return stringLiteral(name);
}

/** prettier's number normalisation (lowercase, no `+` or leading zeros in exponents, no trailing zeros or dot). */
export function normalizeNumber(text: string): string {
  if (text.length === 1) return text;
  return text
    .toLowerCase()
    .replace(/^([+-]?[\d.]+e)(?:\+|(-))?0*(?=\d)/, "$1$2")
    .replace(/^([+-]?[\d.]+)e[+-]?0+$/, "$1")
    .replace(/^([+-])?\./, "$10.")
    .replace(/(\.\d+?)0+(?=e|$)/, "$1")
    .replace(/\.(?=e|$)/, "");
}

/**
 * The literal for a finite number as prettier prints it (`1e21`, `0.5`, `-0`). A negative number
 * is a unary minus in JS: callers embedding it in an expression must treat it as one.
 */
export function numberLiteral(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`numberLiteral: ${n} has no literal`);
  if (Object.is(n, -0)) return "-0";
  return normalizeNumber(String(n));
}

/**
 * A regular expression literal for an ECMAScript pattern `source` and `flags`: `/` outside
 * character classes and line terminators are escaped (so the literal cannot end early or span
 * lines); flags are sorted, as prettier sorts them. Throws if the pattern is not valid.
 */
export function regexLiteral(source: string, flags = ""): string {
  new RegExp(source, flags); // validates both
  let body = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch === "\\") {
      const next = source[i + 1];
      i++;
      if (next === undefined) body += "\\\\";
      else if (next === "\n") body += "\\n";
      else if (next === "\r") body += "\\r";
      else if (next === "\u2028") body += "\\u2028";
      else if (next === "\u2029") body += "\\u2029";
      else body += "\\" + next;
      continue;
    }
    if (ch === "\n") body += "\\n";
    else if (ch === "\r") body += "\\r";
    else if (ch === "\u2028") body += "\\u2028";
    else if (ch === "\u2029") body += "\\u2029";
    else if (ch === "/" && !inClass) body += "\\/";
    else {
      if (ch === "[") inClass = true;
      else if (ch === "]") inClass = false;
      body += ch;
    }
  }
  if (body === "") body = "(?:)";
  return "/" + body + "/" + [...flags].sort().join("");
}
