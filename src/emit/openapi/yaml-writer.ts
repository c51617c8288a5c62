/**
 * JSON data -> block-style YAML text, fast. The `yaml` package's stringify
 * builds a full document AST first and takes seconds on a 1,000-operation
 * OpenAPI document; this writer is one pass over plain data and reads the
 * same under YAML 1.1 and 1.2 parsers (tests check both with the `yaml`
 * package, on the real documents and on generated JSON values).
 *
 * Strings are plain only when that cannot change their meaning (letters
 * first, no `: ` or ` #`, not a 1.1/1.2 keyword); multi-line text is a
 * literal block; everything else is double-quoted with JSON escapes, which
 * YAML's double-quoted style shares.
 */

export type YamlData = null | boolean | number | string | YamlData[] | { [key: string]: YamlData };

/** Words YAML 1.1 or 1.2 read as booleans or null. */
const KEYWORDS = /^(?:y|n|yes|no|on|off|true|false|null)$/i;
/** Characters that are never plain (controls, line and paragraph separators, BOM, NEL). */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;
const PLAIN = /^[A-Za-z_/][^\t]*$/;

/** Letter-first strings a YAML 1.1 parser may still read as a number (`E0`). */
const NUMERIC_LOOKING = /^[eE][\d_.:eE+-]*$/;

function isPlain(s: string): boolean {
  return PLAIN.test(s) && !NUMERIC_LOOKING.test(s) && !UNSAFE.test(s) && s.trimEnd() === s && !s.includes(": ") && !s.includes(" #") && !s.endsWith(":") && !KEYWORDS.test(s);
}

/** JSON's escapes are YAML double-quoted escapes; YAML 1.1 also breaks lines at U+2028/U+2029/U+0085, so those are escaped too. */
function quoted(s: string): string {
  return JSON.stringify(s).replace(/[\u0085\u2028\u2029\ufeff\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * Prettier's quote choice, so that formatting changes nothing: a quoted
 * string whose only escapes would be `\"` is single-quoted (`'` doubled);
 * anything else stays double-quoted.
 */
function quotedLikePrettier(s: string): string {
  const double = quoted(s);
  if (/\\[^"]/.test(double.slice(1, -1)) || !s.includes('"')) return double;
  return `'${s.replace(/'/g, "''")}'`;
}

/** A literal block (`|`) keeps multi-line text readable; only for text a block can carry exactly. */
function literalBlock(s: string, indent: string): string | undefined {
  if (!s.includes("\n") || UNSAFE.test(s.replace(/\n/g, "")) || /^[ \t\n]/.test(s) || s.includes("\t")) return undefined;
  const body = s.replace(/\n+$/, "");
  const trailing = s.length - body.length;
  const chomp = trailing === 0 ? "-" : trailing === 1 ? "" : "+";
  const lines = (chomp === "+" ? s.slice(0, -1) : body).split("\n");
  return `|${chomp}\n` + lines.map((l) => (l === "" ? "" : indent + l)).join("\n");
}

function scalar(v: null | boolean | number | string, indent: string): string {
  if (v === null) return "null";
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "number") return Number.isFinite(v) ? JSON.stringify(v) : "null";
  if (isPlain(v)) return v;
  return literalBlock(v, indent) ?? quotedLikePrettier(v);
}

function key(k: string): string {
  return isPlain(k) ? k : quotedLikePrettier(k);
}

function isEmpty(v: YamlData): boolean {
  return Array.isArray(v) ? v.length === 0 : v !== null && typeof v === "object" && Object.keys(v).length === 0;
}

function emptyText(v: YamlData): string {
  return Array.isArray(v) ? "[]" : "{}";
}

function writeMap(obj: { [key: string]: YamlData }, indent: string, out: string[]): void {
  for (const k of Object.keys(obj)) {
    const v = obj[k]!;
    if (v !== null && typeof v === "object") {
      if (isEmpty(v)) out.push(`${indent}${key(k)}: ${emptyText(v)}`);
      else if (Array.isArray(v)) {
        out.push(`${indent}${key(k)}:`);
        writeSeq(v, indent + "  ", out);
      } else {
        out.push(`${indent}${key(k)}:`);
        writeMap(v, indent + "  ", out);
      }
    } else out.push(`${indent}${key(k)}: ${scalar(v, indent + "  ")}`);
  }
}

function writeSeq(items: YamlData[], indent: string, out: string[]): void {
  for (const v of items) {
    if (v === null || typeof v !== "object") out.push(`${indent}- ${scalar(v, indent + "  ")}`);
    else if (isEmpty(v)) out.push(`${indent}- ${emptyText(v)}`);
    else {
      // The item's block starts on the dash line: collect it, then join its first line to "- ".
      const inner: string[] = [];
      if (Array.isArray(v)) writeSeq(v, indent + "  ", inner);
      else writeMap(v, indent + "  ", inner);
      out.push(`${indent}- ${inner[0]!.slice(indent.length + 2)}`, ...inner.slice(1));
    }
  }
}

/** The YAML text of a JSON object (the document root), ending with a newline. */
export function toYaml(root: { [key: string]: YamlData }): string {
  const out: string[] = [];
  if (isEmpty(root)) return "{}\n";
  writeMap(root, "", out);
  return out.join("\n") + "\n";
}
