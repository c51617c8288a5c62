/** Name helpers shared by the importers. */

/** PascalCase: split on anything not a letter or digit, upper-case each part's first letter (as docs/spec-format.md names inline types). */
export function pascalCase(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join("");
}

/** PascalCase where all-capital words read as words: "API Gateway" -> "ApiGateway". */
export function pascalWords(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) =>
      w.length > 1 && /^[A-Z0-9]+$/.test(w)
        ? w[0] + w.slice(1).toLowerCase()
        : w[0]!.toUpperCase() + w.slice(1),
    )
    .join("");
}

const TYPE_NAME = /^[A-Z][A-Za-z0-9]*$/;

/** A valid spec type name (`^[A-Z][A-Za-z0-9]*$`) close to `text`. */
export function toTypeName(text: string): string {
  if (TYPE_NAME.test(text)) return text;
  const p = pascalCase(text);
  if (!p) return "Shape";
  return /^[0-9]/.test(p) ? `T${p}` : p;
}

/** A member name the spec format accepts (`^[A-Za-z_][A-Za-z0-9_]*$`), or undefined. */
export function isMemberName(text: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(text) && text !== "__proto__";
}

/** Whether `pattern` compiles as an ECMAScript regular expression in unicode mode (what the spec format requires). */
export function isUnicodeRegex(pattern: string): boolean {
  try {
    new RegExp(pattern, "u");
    return true;
  } catch {
    return false;
  }
}

/** The first name of `base`, `base2`, `base3`, ... that `taken` does not hold. */
export function freeName(base: string, taken: (name: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}${n}`)) return `${base}${n}`;
}
