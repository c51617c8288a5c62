// Copied by opforge from src/runtime/mock/state/patch.ts. DO NOT EDIT.
import type { StructureModel } from "../../table/model.js";
/** What a patch may touch, and how large and deep its result may be. */
export interface PatchRules {
  /** The output shape paths resolve against. */
  shape: StructureModel;
  /** Wire pointers no operation may write or copy from. */
  readOnly: readonly string[];
  /** Largest JSON size of the result. */
  maxBytes: number;
  /** Deepest nesting of the result. */
  maxDepth: number;
}
/** The patched copy, or why the patch cannot apply. */
export type PatchResult =
  | {
      ok: true;
      value: Record<string, unknown>;
    }
  | {
      ok: false;
      message: string;
    };
/** Applies `operations` (a `patchOperations` list) to a copy of `target`. */
export declare function applyPatch(
  target: Readonly<Record<string, unknown>>,
  operations: unknown,
  rules: PatchRules,
): PatchResult;
