// Copied by opforge from src/runtime/mock/prefer.ts. DO NOT EDIT.
/**
 * The `Prefer` request header (RFC 7240), as Prism uses it for mocks:
 * `Prefer: code=404` asks for the documented response with that status,
 * `Prefer: error=ConflictException` for a named error of the table.
 */
/** Parses `code=NNN` and `error=NAME` (quoted or not, any order, `,` or `;` separated); ignores the rest. */
export function parsePrefer(header) {
  if (header === undefined) return undefined;
  const text = Array.isArray(header) ? header.join(",") : header;
  const out = {};
  for (const part of text.split(/[,;]/)) {
    const eq = part.indexOf("=");
    if (eq === -1) continue;
    const key = part.slice(0, eq).trim().toLowerCase();
    let value = part.slice(eq + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"'))
      value = value.slice(1, -1);
    if (key === "code" && /^[1-5]\d\d$/.test(value)) out.code = Number(value);
    else if (key === "error" && value !== "") out.error = value;
  }
  return out.code === undefined && out.error === undefined ? undefined : out;
}
