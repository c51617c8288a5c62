// Copied by opforge from src/runtime/protocol/rename.ts. DO NOT EDIT.
import type { StructureModel, TypeModel } from "../table/model.js";
import type { WireProblem } from "./types.js";
/**
 * Documented -> wire: structure members in the model's order (the order the
 * SDKs write them), renamed. Returns undefined for null/undefined. Throws
 * TypeError past {@link MAX_DEPTH} levels (a cyclic or hostile input).
 */
export declare function toWire(value: unknown, type: TypeModel, depth?: number): unknown;
/** The wire object of a structure's body members. */
export declare function structureToWire(
  value: Record<string, unknown>,
  shape: StructureModel,
  depth?: number,
): Record<string, unknown>;
/** How {@link fromWire} treats members the model does not know. */
export interface DecodeContext {
  /** Where unknown members are reported; undefined drops them silently. */
  problems: WireProblem[] | undefined;
}
/**
 * Wire -> documented. Returns undefined for null/undefined; values of the
 * wrong JSON type are kept as they are, for a validator to report. Callers
 * bound the depth when parsing (see `parseJson`).
 */
export declare function fromWire(
  value: unknown,
  type: TypeModel,
  ctx: DecodeContext,
  path: string,
): unknown;
/** {@link decodesToItself} for a structure's wire object. */
export declare function structureDecodesToItself(
  value: Record<string, unknown>,
  shape: StructureModel,
): boolean;
/** A wire object's body members, documented names, added to `into`. */
export declare function structureFromWire(
  value: Record<string, unknown>,
  shape: StructureModel,
  ctx: DecodeContext,
  path: string,
  into: Record<string, unknown>,
): Record<string, unknown>;
/**
 * A JSON pointer into a documented value of `root` -> its wire path
 * (`resourceConfig.apiName`, `identities[0].name`), for error messages in
 * the vendor's own terms. Unknown segments are kept as written.
 */
export declare function wirePath(root: StructureModel, pointer: string): string;
