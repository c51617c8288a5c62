/**
 * Conversion between documented member names and wire names, driven by the
 * generated {@link Shapes} table. Like the official SDKs, members absent from
 * the model are not sent or returned, and `null`/`undefined` are dropped.
 */
import { type BoundMember, type Shapes, type WireType } from "./schema.js";
/** Documented -> wire. Returns undefined for null/undefined. */
export declare function toWire(value: unknown, type: WireType, shapes: Shapes, depth?: number): unknown;
/** Wire -> documented. Returns undefined for null/undefined. */
export declare function fromWire(value: unknown, type: WireType, shapes: Shapes, depth?: number): unknown;
/**
 * Reads the members of `location` from a response body or headers into a
 * documented-name object (used for outputs and error data).
 */
export declare function readMembers(members: readonly BoundMember[], body: unknown, headers: {
    get(name: string): string | null;
}, shapes: Shapes, into?: Record<string, unknown>): Record<string, unknown>;
/** An own property only: keys like `__proto__` are plain data, never inherited values. */
export declare function own(value: unknown, key: string): unknown;
