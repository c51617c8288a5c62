// Copied by opforge from src/runtime/mock/state/project.ts. DO NOT EDIT.
import type { StructureModel, TypeModel } from "../../table/model.js";
/** `record`'s members of `shape`, each only when it fits the member's type. */
export declare function project(
  record: Readonly<Record<string, unknown>>,
  shape: StructureModel,
): Record<string, unknown>;
/**
 * `project(overlay(base, input, echo), shape)` with the newly `generated`
 * id in its members, without building the record in between: a stateless
 * answer has no record to keep.
 */
export declare function projectOverlay(
  base: Readonly<Record<string, unknown>>,
  input: Readonly<Record<string, unknown>>,
  echo: Readonly<Record<string, string>> | undefined,
  generated:
    | {
        readonly members: readonly string[];
        readonly value: string;
      }
    | undefined,
  shape: StructureModel,
): Record<string, unknown>;
/** `value` as `type` holds it (projected; the value itself when it fits as it is), or undefined when it does not fit. */
export declare function fit(value: unknown, type: TypeModel): unknown;
