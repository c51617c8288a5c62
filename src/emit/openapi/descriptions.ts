/**
 * OpenAPI `description` fields are CommonMark, and documentation renderers
 * (Redoc, Swagger UI) pass inline HTML through. Spec text is hostile, so the
 * characters that start HTML are written as entities: the text reads the
 * same once rendered, and a `<script>` in a spec stays text.
 */

/** `&`, `<` and `>` as entities; everything else (lists, emphasis) stays Markdown. */
export function descriptionText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Keys whose values are data (example values, defaults, enum values), never prose. */
const DATA_KEYS = new Set(["value", "example", "default", "enum", "const"]);

/** Keys whose values map names (wire names, paths, statuses, media types) to objects. */
const NAME_MAPS = new Set(["paths", "properties", "patternProperties", "schemas", "responses", "headers", "content", "securitySchemes", "variables"]);

/** Escapes every `description` string in a document, in place, leaving data values alone. */
export function escapeDescriptions(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) escapeDescriptions(item);
    return;
  }
  if (!node || typeof node !== "object") return;
  const record = node as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const value = record[key];
    if (key === "description" && typeof value === "string") record[key] = descriptionText(value);
    else if (NAME_MAPS.has(key)) eachValue(value);
    // Schema `examples` is a list of values; a media type's is a map of Example Objects.
    else if (key === "examples") {
      if (!Array.isArray(value)) eachValue(value);
    } else if (!DATA_KEYS.has(key)) escapeDescriptions(value);
  }
}

/** The values of a name-keyed map: the names themselves are not keywords. */
function eachValue(map: unknown): void {
  if (!map || typeof map !== "object") return;
  for (const v of Object.values(map)) escapeDescriptions(v);
}
