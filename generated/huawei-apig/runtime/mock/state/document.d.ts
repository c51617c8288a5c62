// Copied by opforge from src/runtime/mock/state/document.ts. DO NOT EDIT.
import type { TypeModel } from "../../table/model.js";
/** The value at `segments`, and whether there is one. */
export declare function getAt(
  doc: unknown,
  segments: readonly string[],
): {
  found: boolean;
  value: unknown;
};
/**
 * Sets `value` at `segments`, creating missing containers on the way (a
 * list where the shape has one, else an object). In a list, `-` appends and
 * an index inserts (`add`) or replaces (`replace`). Returns an error text.
 */
export declare function setAt(
  doc: Record<string, unknown>,
  segments: readonly string[],
  types: readonly TypeModel[],
  value: unknown,
  replace: boolean,
): string | undefined;
/** Removes the value at `segments`; returns an error text when nothing is there. */
export declare function removeAt(
  doc: Record<string, unknown>,
  segments: readonly string[],
): string | undefined;
