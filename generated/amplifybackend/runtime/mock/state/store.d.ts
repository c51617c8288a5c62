// Copied by opforge from src/runtime/mock/state/store.ts. DO NOT EDIT.
/**
 * The mock's memory: resource instances by kind and key, bounded by a count
 * and a byte budget. The instance written longest ago is forgotten first
 * (a write makes an instance the newest). An entry without a value is a
 * tombstone: the instance was deleted, and an `initial` instance matching
 * its key no longer stands in for it.
 */
export declare const DEFAULT_MAX_RESOURCES = 100000;
/** Default byte budget of stored instances (64 MiB). */
export declare const DEFAULT_MAX_STATE_BYTES: number;
/** One stored instance (or tombstone). */
export interface StoredEntry {
  readonly kind: string;
  readonly key: string;
  /** The key members' values, in key order. */
  readonly keyValues: readonly string[];
  /** Documented names; undefined for a tombstone. */
  readonly value: Record<string, unknown> | undefined;
  /** Estimated size: the value's JSON length plus overhead. */
  readonly bytes: number;
}
/** When the oldest instances start being forgotten. */
export interface StoreLimits {
  maxResources: number;
  maxBytes: number;
}
/** Instances by kind and key, bounded; see the file comment for the eviction rule. */
export declare class ResourceStore {
  #private;
  constructor(limits: StoreLimits);
  /** Stored entries, tombstones included. */
  get size(): number;
  /** Estimated bytes held. */
  get bytes(): number;
  /** The bounds past which the oldest instances are forgotten. */
  get limits(): {
    maxResources: number;
    maxStateBytes: number;
  };
  get(kind: string, key: string): StoredEntry | undefined;
  /** The entries of a kind, oldest write first. */
  entries(kind: string): Iterable<StoredEntry>;
  /** Stores (or replaces) an instance, or a tombstone when `value` is undefined; then evicts past the limits. */
  put(
    kind: string,
    key: string,
    keyValues: readonly string[],
    value: Record<string, unknown> | undefined,
  ): void;
  delete(kind: string, key: string): void;
  clear(): void;
}
