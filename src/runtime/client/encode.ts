/**
 * Percent-encoding of path labels and query strings, byte-for-byte like the
 * AWS SDK for JavaScript v3 (`extendedEncodeURIComponent` in @smithy/core):
 * `encodeURIComponent` plus `!'()*`, which RFC 3986 reserves.
 */

/** Encodes one path label value; a greedy label keeps its `/` separators. */
export function encodeLabel(value: string, greedy: boolean): string {
  return greedy
    ? value.split("/").map(extendedEncodeURIComponent).join("/")
    : extendedEncodeURIComponent(value);
}

export function extendedEncodeURIComponent(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase(),
  );
}

/**
 * Fills a path template (`/a/{id}/b/{key+}`) with encoded label values.
 * Throws when a label is missing or empty, or is a `.`/`..` segment: URL
 * parsers (fetch's included, even for `%2E`) resolve those, so the request
 * would address another resource.
 */
export function fillPath(template: string, labels: Readonly<Record<string, string>>): string {
  return template.replace(/\{([^}]+?)(\+?)\}/g, (_, name: string, plus: string) => {
    const value = Object.hasOwn(labels, name) ? labels[name] : undefined;
    if (value === undefined || value === "")
      throw new TypeError(`path label "${name}" is missing or empty`);
    const greedy = plus === "+";
    if ((greedy ? value.split("/") : [value]).some((s) => s === "." || s === "..")) {
      throw new TypeError(
        `path label "${name}" is a dot segment ("${value}"), which URL parsers resolve to another path`,
      );
    }
    return encodeLabel(value, greedy);
  });
}

/** A query string (without `?`) from ordered key/value pairs; empty when there are none. */
export function queryString(pairs: ReadonlyArray<readonly [string, string]>): string {
  return pairs
    .map(([k, v]) => `${extendedEncodeURIComponent(k)}=${extendedEncodeURIComponent(v)}`)
    .join("&");
}
