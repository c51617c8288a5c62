// Copied by opforge from src/runtime/shared/media-type.ts. DO NOT EDIT.
/** Content types the REST-JSON protocols read and write. */
/** Whether a `Content-Type` value names JSON (`application/json`, `*+json`, `application/x-amz-json-*`). */
export function isJsonMediaType(contentType) {
  const semi = contentType.indexOf(";");
  const media = (semi === -1 ? contentType : contentType.slice(0, semi)).trim().toLowerCase();
  return (
    media === "application/json" ||
    media.endsWith("+json") ||
    media.startsWith("application/x-amz-json")
  );
}
