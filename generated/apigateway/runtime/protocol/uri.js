// Copied by opforge from src/runtime/protocol/uri.ts. DO NOT EDIT.
/** `encodeURIComponent` plus `!'()*`, as the AWS SDK v3 encodes labels and query strings. */
export function extendedEncodeURIComponent(value) {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase(),
  );
}
/** Encodes one path label value; a greedy label keeps its `/` separators. */
export function encodeLabel(value, greedy) {
  return greedy
    ? value.split("/").map(extendedEncodeURIComponent).join("/")
    : extendedEncodeURIComponent(value);
}
/**
 * The path of a template filled with label values (by label name). Throws
 * when a label is missing or empty, or is a `.`/`..` segment: URL parsers
 * (fetch's included, even for `%2E`) resolve those, so the request would
 * address another resource.
 */
export function fillPath(template, labels) {
  let path = "";
  for (const seg of template.segments) {
    if ("literal" in seg) {
      path += "/" + seg.literal;
      continue;
    }
    const value = Object.hasOwn(labels, seg.label) ? labels[seg.label] : undefined;
    if (value === undefined || value === "")
      throw new TypeError(`path label "${seg.label}" is missing or empty`);
    if ((seg.greedy ? value.split("/") : [value]).some((s) => s === "." || s === ".."))
      throw new TypeError(
        `path label "${seg.label}" is a dot segment ("${value}"), which URL parsers resolve to another path`,
      );
    path += "/" + encodeLabel(value, seg.greedy);
  }
  return path === "" ? "/" : template.trailingSlash ? path + "/" : path;
}
/** A query string (without `?`) from ordered key/value pairs; empty when there are none. */
export function queryString(pairs) {
  return pairs
    .map(([k, v]) => `${extendedEncodeURIComponent(k)}=${extendedEncodeURIComponent(v)}`)
    .join("&");
}
