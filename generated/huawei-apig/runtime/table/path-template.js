// Copied by opforge from src/runtime/table/path-template.ts. DO NOT EDIT.
/**
 * Path templates (`/restapis/{restapi_id}/files/{key+}?mode=import`):
 * parsed once, then filled by the client and matched by the mock router.
 */
const LABEL = /^\{([^{}]+?)(\+)?\}$/;
/**
 * Parses a template. A label must fill a whole segment, and a greedy label
 * must be the last one: nothing else can be matched back unambiguously.
 */
export function parsePathTemplate(template) {
  const q = template.indexOf("?");
  const pathPart = q === -1 ? template : template.slice(0, q);
  const segments = [];
  for (const piece of pathPart.split("/")) {
    if (piece === "") continue;
    const m = LABEL.exec(piece);
    if (m) segments.push({ label: m[1], greedy: m[2] === "+" });
    else if (piece.includes("{") || piece.includes("}"))
      throw new TypeError(`path template ${template}: a label must fill a whole segment`);
    else segments.push({ literal: piece });
  }
  const labels = segments.flatMap((s) => ("label" in s ? [s.label] : []));
  const greedy = segments.findIndex((s) => "label" in s && s.greedy);
  if (greedy !== -1 && greedy !== segments.length - 1)
    throw new TypeError(`path template ${template}: a greedy label must be the last segment`);
  return {
    segments,
    labels,
    trailingSlash: pathPart.length > 1 && pathPart.endsWith("/"),
    query: q === -1 ? [] : literalQuery(template.slice(q + 1)),
  };
}
function literalQuery(text) {
  return text
    .split("&")
    .filter((p) => p !== "")
    .map((p) => {
      const eq = p.indexOf("=");
      return eq === -1 ? [p, ""] : [p.slice(0, eq), p.slice(eq + 1)];
    });
}
