// Copied by opforge from src/runtime/mock/state/project.ts. DO NOT EDIT.
import type { StructureModel, TypeModel } from "../../table/model.js";
/** `record`'s members of `shape`, each only when it fits the member's type. */
export declare function project(
  record: Readonly<Record<string, unknown>>,
  shape: StructureModel,
): Record<string, unknown>;
/** `value` as `type` holds it (projected; the value itself when it fits as it is), or undefined when it does not fit. */
export declare function fit(value: unknown, type: TypeModel): unknown;
