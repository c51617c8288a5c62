/**
 * The readable half of each problem: what a value must be, as text fixed at
 * generation time. The runtime prefixes it with the path (`<path>: <text>`).
 */
import type { IrEnumShape, IrListType, IrMapType, IrNumberType, IrStringType, IrTimestampType } from "../../ir/types.js";

export function lengthText(t: IrStringType, what = "characters"): string {
  const { minLength: min, maxLength: max } = t;
  if (min !== undefined && max !== undefined) return min === max ? `must be exactly ${min} ${what} long` : `must be ${min} to ${max} ${what} long`;
  if (min !== undefined) return `must be at least ${min} ${what} long`;
  return `must be at most ${max} ${what} long`;
}

export function patternText(pattern: string): string {
  return `must match the pattern ${pattern}`;
}

/** `must be between 200 and 599 and not 444`, `must be at least 50`, `must not be 0`. */
export function rangeText(t: IrNumberType): string {
  const parts: string[] = [];
  if (t.minimum !== undefined && t.maximum !== undefined) parts.push(`between ${t.minimum} and ${t.maximum}`);
  else if (t.minimum !== undefined) parts.push(`at least ${t.minimum}`);
  else if (t.maximum !== undefined) parts.push(`at most ${t.maximum}`);
  const not = t.excluded?.length ? `not ${t.excluded.join(" or ")}` : "";
  if (!parts.length) return `must ${not}`.trimEnd();
  return `must be ${parts[0]}${not ? ` and ${not}` : ""}`;
}

export function countText(min: number | undefined, max: number | undefined, noun: string): string {
  if (min !== undefined && max !== undefined) return min === max ? `must have exactly ${min} ${noun}` : `must have ${min} to ${max} ${noun}`;
  if (min !== undefined) return `must have at least ${min} ${noun}`;
  return `must have at most ${max} ${noun}`;
}

export const itemsText = (t: IrListType) => countText(t.minItems, t.maxItems, "items");
export const entriesText = (t: IrMapType) => countText(t.minEntries, t.maxEntries, "entries");

export function enumText(shape: IrEnumShape): string {
  return valuesText(shape.values.map((v) => v.value));
}

/** `must be one of A, B`: an enum's values, or a string's allowed values. */
export function valuesText(values: readonly string[]): string {
  return `must be one of ${values.join(", ")}`;
}

export const TYPE_TEXT = {
  string: "must be a string",
  integer: "must be an integer",
  number: "must be a finite number",
  boolean: "must be a boolean",
  object: "must be an object",
  array: "must be an array",
} as const;

export function timestampFormatText(t: IrTimestampType): string {
  return t.format === "date-time"
    ? "must be an RFC 3339 date-time, e.g. 2020-07-08T03:27:52Z"
    : "must be an HTTP date (IMF-fixdate), e.g. Sun, 06 Nov 1994 08:49:37 GMT";
}

export const REQUIRED_TEXT = "is required";
export const unknownMemberText = (shapeName: string) => `is not a member of ${shapeName}`;
export const maxDepthText = (limit: number) => `is nested more than ${limit} structures deep`;
export const itemsLimitText = (limit: number) => `must have at most ${limit} items (validator limit)`;
