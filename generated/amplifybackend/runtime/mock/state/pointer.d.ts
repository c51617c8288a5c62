// Copied by opforge from src/runtime/mock/state/pointer.ts. DO NOT EDIT.
import type { StructureModel, TypeModel } from "../../table/model.js";
/** A pointer resolved against a shape. */
export interface ResolvedPointer {
  /** The pointer as sent. */
  readonly pointer: string;
  /** Documented member names, list indexes (or `-`) and map keys. */
  readonly segments: readonly string[];
  /** The type at each segment; the last is the target's type. */
  readonly types: readonly TypeModel[];
}
/** Whether `path` is `prefix` or lies below it (whole segments only). */
export declare function pointerWithin(path: string, prefix: string): boolean;
/** Resolves `pointer` against `shape`; a string is the reason it names nothing there. */
export declare function resolvePointer(
  pointer: unknown,
  shape: StructureModel,
): ResolvedPointer | string;
