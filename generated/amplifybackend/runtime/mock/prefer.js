// Copied by opforge from src/runtime/mock/prefer.ts. DO NOT EDIT.
/**
 * The `Prefer` request header (RFC 7240), as the mock reads it:
 *
 * - `code=404` asks for the documented response with that status (as Prism does);
 * - `error=ConflictException` for a named documented error;
 * - `delay=250` delays the answer by that many milliseconds (at most {@link MAX_PREFER_DELAY_MS});
 * - `fault=reset` resets the connection without an answer.
 *
 * Preferences are separated by `,` or `;`. One the mock knows with a value
 * it cannot honour, or text that is not a preference at all, is refused (a
 * silently ignored `code=999` would pass a test that should fail); names it
 * does not know (`return=minimal`) are ignored, as RFC 7240 asks.
 */
/** The longest `Prefer: delay` honoured, in milliseconds. */
export const MAX_PREFER_DELAY_MS = 60_000;
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const KNOWN = ["code", "error", "delay", "fault"];
/** Parses a `Prefer` header (repeated headers joined). */
export function parsePrefer(header) {
  if (header === undefined) return { ok: true, preference: undefined };
  const text = Array.isArray(header) ? header.join(",") : header;
  const out = {};
  const seen = new Set();
  for (const raw of text.split(/[,;]/)) {
    const part = raw.trim();
    if (part === "") continue;
    const eq = part.indexOf("=");
    const name = (eq === -1 ? part : part.slice(0, eq)).trim().toLowerCase();
    const value = eq === -1 ? undefined : unquote(part.slice(eq + 1).trim());
    if (!TOKEN.test(name) || value === null)
      return refuse(`'${part}' is not a preference (name=value)`);
    if (!KNOWN.includes(name)) continue;
    if (seen.has(name)) return refuse(`${name} is given twice`);
    seen.add(name);
    const problem = apply(out, name, value);
    if (problem !== undefined) return refuse(problem);
  }
  return { ok: true, preference: seen.size ? out : undefined };
}
/** Sets one known preference; returns why its value cannot be honoured. */
function apply(out, name, value) {
  switch (name) {
    case "code":
      if (value === undefined || !/^[1-5]\d\d$/.test(value))
        return `code=${value ?? ""} is not an HTTP status (100-599)`;
      out.code = Number(value);
      return undefined;
    case "error":
      if (!value) return "error= needs the name of a documented error";
      out.error = value;
      return undefined;
    case "delay":
      if (value === undefined || !/^\d{1,6}$/.test(value) || Number(value) > MAX_PREFER_DELAY_MS)
        return `delay=${value ?? ""} must be milliseconds from 0 to ${MAX_PREFER_DELAY_MS}`;
      out.delayMs = Number(value);
      return undefined;
    default:
      if (value !== "reset") return `fault=${value ?? ""} is unknown; known: reset`;
      out.reset = true;
      return undefined;
  }
}
/** A token or quoted string's text; null when quotes do not pair up. */
function unquote(value) {
  if (!value.startsWith('"')) return value.includes('"') ? null : value;
  if (value.length < 2 || !value.endsWith('"')) return null;
  return value.slice(1, -1).replace(/\\(.)/g, "$1");
}
function refuse(problem) {
  return { ok: false, message: `Malformed Prefer header: ${problem}` };
}
