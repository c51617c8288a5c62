/**
 * Escapers for spec text placed in generated code, one per context. Handlebars'
 * HTML escaping is wrong for code; templates use these helpers instead.
 */

const LINE_SEPARATORS = /[\u2028\u2029]/g;

/** A double-quoted JS/TS string literal (JSON escaping plus U+2028/U+2029). */
export function stringLiteral(value: string): string {
  return JSON.stringify(value).replace(LINE_SEPARATORS, (c) => (c === "\u2028" ? "\\u2028" : "\\u2029"));
}

/** The inside of a template literal: escapes backslashes, backticks and `${`. */
export function templateLiteralText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${").replace(LINE_SEPARATORS, (c) => (c === "\u2028" ? "\\u2028" : "\\u2029"));
}

/** A regex literal source: `/.../u` body with `/` and line terminators escaped. */
export function regexLiteral(pattern: string, flags = "u"): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "\\") {
      out += c + (pattern[i + 1] ?? "");
      i++;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    if (c === "/" && !inClass) out += "\\/";
    else if (c === "\n") out += "\\n";
    else if (c === "\r") out += "\\r";
    else if (c === "\u2028") out += "\\u2028";
    else if (c === "\u2029") out += "\\u2029";
    else out += c;
  }
  return `/${out}/${flags}`;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A property key: bare when it is an identifier, else a string literal. */
export function propertyKey(name: string): string {
  return IDENTIFIER.test(name) ? name : stringLiteral(name);
}

/** Property access: `.name` or `["name"]`. */
export function propertyAccess(name: string): string {
  return IDENTIFIER.test(name) ? `.${name}` : `[${stringLiteral(name)}]`;
}

export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name);
}
