/**
 * JSON exactly as prettier's `json` parser prints it. `JSON.stringify(v, null, 2)` is not that:
 * prettier puts arrays that fit on one line (`[1, 2, 3]`, `["a", "b"]`), fills lines with
 * numbers, and normalises numbers (`1e+21` → `1e21`). Objects stay expanded (prettier keeps an
 * object broken when its source was), as do arrays of several multi-key objects.
 */

import { fill, group, hardline, indent, join, line, softline, type Doc } from "./doc.js";
import { printDoc } from "./doc-printer.js";
import { flatPrintingOn } from "./js-flat.js";
import { fits, pad, printDocAt, textWidth } from "./lines.js";
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

/** prettier always breaks an array of several objects (or arrays) with more than one entry each. */
function arrayShouldBreak(items: readonly JsonValue[]): boolean {
  return (
    items.length > 1 &&
    items.every((item, i) => {
      const next = items[i + 1];
      const kind = Array.isArray(item) ? "array" : isRecord(item) ? "object" : undefined;
      if (kind === undefined) return false;
      if (next !== undefined && (Array.isArray(next) ? "array" : isRecord(next) ? "object" : undefined) !== kind) return false;
      return entries(item) > 1;
    })
  );
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
  const shouldBreak = arrayShouldBreak(items);
  const printed = items.map((item) => group(printValue(item)));
  return group(["[", indent([softline, join([",", line], printed)]), softline, "]"], { shouldBreak });
}

/**
 * The text of a `.json` file holding `value`, as prettier formats it (printWidth 100), with a
 * final newline. `undefined` members are skipped, as JSON.stringify skips them. O(size × width)
 * worst case, linear in practice.
 */
export function printJson(value: JsonValue): string {
  if (flatPrintingOn()) return `${jsonText(value, 0, 0, "")}\n`;
  return printDoc([printValue(value), hardline]);
}

/** Whether prettier breaks `value`: a non-empty object, or an array holding one or ruled broken. */
function breaks(value: JsonValue): boolean {
  if (Array.isArray(value)) return arrayShouldBreak(value as readonly JsonValue[]) || value.some(breaks);
  return isRecord(value) && Object.keys(value).some((k) => value[k] !== undefined);
}

/** `value` on one line, where it has no object to break. */
function flatJson(value: JsonValue): string {
  if (Array.isArray(value)) return `[${value.map(flatJson).join(", ")}]`;
  return printValue(value) as string;
}

/**
 * The fast path of {@link printJson}: the same text written directly. `column` is where the
 * value starts, `after` what follows it on its line (`,` or nothing).
 */
function jsonText(value: JsonValue, depth: number, column: number, after: string): string {
  if (value === null || typeof value !== "object") return printValue(value) as string;
  if (Array.isArray(value)) {
    const items = value as readonly JsonValue[];
    if (items.length === 0) return "[]";
    if (!breaks(items)) {
      const one = flatJson(items);
      if (fits(column, one + after)) return one;
      // Numbers fill their lines: left to the Doc printer, at this depth.
      if (items.every((v) => typeof v === "number")) return viaDoc(items, depth, column, after);
    }
    const lines = items.map((v, i) => `${pad(depth + 1)}${jsonText(v, depth + 1, 2 * (depth + 1), i < items.length - 1 ? "," : "")}`);
    return `[\n${lines.join(",\n")}\n${pad(depth)}]`;
  }
  const record = value as { readonly [key: string]: JsonValue };
  const keys = Object.keys(record).filter((k) => record[k] !== undefined);
  if (keys.length === 0) return "{}";
  const members = keys.map((k, i) => {
    const head = `${pad(depth + 1)}${JSON.stringify(k)}: `;
    return head + jsonText(record[k] as JsonValue, depth + 1, textWidth(head), i < keys.length - 1 ? "," : "");
  });
  return `{\n${members.join(",\n")}\n${pad(depth)}}`;
}

/** The Doc printer's text for a value starting at `column` of a line at `depth`, `after` following it. */
function viaDoc(value: JsonValue, depth: number, column: number, after: string): string {
  // What precedes the value on its line, and what follows it, count against the width.
  const text = printDocAt([" ".repeat(column - 2 * depth), printValue(value), after], depth);
  return text.slice(column - 2 * depth, text.length - after.length);
}
