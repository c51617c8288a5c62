/**
 * JSON exactly as prettier's `json` parser prints it. `JSON.stringify(v, null, 2)` is not that:
 * prettier puts arrays that fit on one line (`[1, 2, 3]`, `["a", "b"]`), fills lines with
 * numbers, and normalises numbers (`1e+21` → `1e21`). Objects stay expanded (prettier keeps an
 * object broken when its source was), as do arrays of several multi-key objects.
 */

import { fill, group, hardline, indent, join, line, softline, type Doc } from "./doc.js";
import { printDoc } from "./doc-printer.js";
import { normalizeNumber } from "./literals.js";

/** A JSON value. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

function isRecord(value: JsonValue): value is { readonly [key: string]: JsonValue } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function entries(value: JsonValue): number {
  if (Array.isArray(value)) return value.length;
  return isRecord(value) ? Object.keys(value).length : 0;
}

function printValue(value: JsonValue): Doc {
  if (value === null || typeof value === "boolean") return String(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`printJson: ${value} is not representable in JSON`);
    return normalizeNumber(JSON.stringify(value));
  }
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return printArray(value as readonly JsonValue[]);
  const record = value as { readonly [key: string]: JsonValue };
  const keys = Object.keys(record).filter((k) => record[k] !== undefined);
  if (keys.length === 0) return "{}";
  const members = keys.map((key) => group([JSON.stringify(key), ": ", printValue(record[key] as JsonValue)]));
  return group(["{", indent([line, join([",", line], members)]), line, "}"], { shouldBreak: true });
}

function printArray(items: readonly JsonValue[]): Doc {
  if (items.length === 0) return "[]";
  if (items.every((item) => typeof item === "number")) {
    const parts: Doc[] = [];
    items.forEach((item, i) => {
      parts.push([printValue(item), i < items.length - 1 ? "," : ""]);
      if (i < items.length - 1) parts.push(line);
    });
    return group(["[", indent([softline, fill(parts)]), softline, "]"]);
  }
  const shouldBreak =
    items.length > 1 &&
    items.every((item, i) => {
      const next = items[i + 1];
      const kind = Array.isArray(item) ? "array" : isRecord(item) ? "object" : undefined;
      if (kind === undefined) return false;
      if (next !== undefined && (Array.isArray(next) ? "array" : isRecord(next) ? "object" : undefined) !== kind) return false;
      return entries(item) > 1;
    });
  const printed = items.map((item) => group(printValue(item)));
  return group(["[", indent([softline, join([",", line], printed)]), softline, "]"], { shouldBreak });
}

/**
 * The text of a `.json` file holding `value`, as prettier formats it (printWidth 100), with a
 * final newline. `undefined` members are skipped, as JSON.stringify skips them. O(size × width)
 * worst case, linear in practice.
 */
export function printJson(value: JsonValue): string {
  return printDoc([printValue(value), hardline]);
}
