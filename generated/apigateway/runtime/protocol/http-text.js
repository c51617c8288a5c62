// Copied by opforge from src/runtime/protocol/http-text.ts. DO NOT EDIT.
import { formatTimestamp } from "./timestamp.js";
/** The text of a scalar value. Throws TypeError for objects, which no path, query or header can carry. */
export function scalarText(value, type) {
  const v = type.kind === "timestamp" ? formatTimestamp(value, type.format) : value;
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
  if (v instanceof Date) return v.toISOString();
  throw new TypeError(`cannot put a ${typeof v} into a path, query or header`);
}
/** The query values of a member: one per list item, null items left out. */
export function queryTexts(value, type) {
  if (type.kind !== "list") return [scalarText(value, type)];
  const items = Array.isArray(value) ? value : [value];
  return items.filter((v) => v !== null && v !== undefined).map((v) => scalarText(v, type.items));
}
/**
 * A header value: a list joins its items with `, `, quoting items that hold
 * `,` or `"` (timestamps are never quoted: an HTTP date holds a comma by design).
 */
export function headerText(value, type) {
  if (type.kind !== "list") return scalarText(value, type);
  const items = (Array.isArray(value) ? value : [value]).filter(
    (v) => v !== null && v !== undefined,
  );
  const quote = type.items.kind !== "timestamp";
  return items.map((v) => (quote ? quoteHeader : same)(scalarText(v, type.items))).join(", ");
}
/** Text -> the member's type; unparseable text stays text. */
export function fromText(text, type) {
  switch (type.kind) {
    case "integer":
    case "long":
    case "float":
    case "double":
      return numberOrText(text);
    case "boolean": {
      const t = text.trim();
      return t === "true" ? true : t === "false" ? false : text;
    }
    case "timestamp":
      return type.format === "epoch-seconds" ? numberOrText(text) : text;
    default:
      return text;
  }
}
/** A header's text -> the member's type; lists are split as {@link headerText} joined them. */
export function fromHeaderText(text, type) {
  if (type.kind !== "list") return fromText(text.trim(), type);
  const items =
    type.items.kind === "timestamp" && type.items.format === "http-date"
      ? splitEverySecondComma(text)
      : splitHeader(text);
  return items.map((item) => fromText(item, type.items));
}
function numberOrText(text) {
  const t = text.trim();
  const n = t === "" ? NaN : Number(t);
  return Number.isFinite(n) ? n : text;
}
function same(text) {
  return text;
}
/** `a,b` -> `"a,b"`; `"` and `\` escaped inside the quotes. */
export function quoteHeader(item) {
  return item.includes(",") || item.includes('"')
    ? `"${item.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
    : item;
}
/** Splits a header list at commas outside quoted strings, unquoting each item. */
export function splitHeader(text) {
  const items = [];
  let current = "";
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === "\\" && i + 1 < text.length) current += text[++i];
    else if (c === '"') {
      // Whitespace before an opening quote is not part of the item.
      if (!quoted && !wasQuoted) current = "";
      quoted = !quoted;
      wasQuoted = true;
    } else if (c === "," && !quoted) {
      items.push(wasQuoted ? current : current.trim());
      current = "";
      wasQuoted = false;
    } else if (!wasQuoted || quoted) current += c;
  }
  items.push(wasQuoted ? current : current.trim());
  return items;
}
/** HTTP dates hold one comma each (`Mon, 06 May 2024 ...`): a list of them splits at every second one. */
function splitEverySecondComma(text) {
  const parts = text.split(",");
  const items = [];
  for (let i = 0; i < parts.length; i += 2)
    items.push((parts[i] + (i + 1 < parts.length ? "," + parts[i + 1] : "")).trim());
  return items;
}
