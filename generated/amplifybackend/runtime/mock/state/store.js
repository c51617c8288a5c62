// Copied by opforge from src/runtime/mock/state/store.ts. DO NOT EDIT.
/**
 * The mock's memory: resource instances by kind and key, bounded by a count
 * and a byte budget. The instance written longest ago is forgotten first
 * (a write makes an instance the newest). An entry without a value is a
 * tombstone: the instance was deleted, and an `initial` instance matching
 * its key no longer stands in for it.
 */
export const DEFAULT_MAX_RESOURCES = 100_000;
/** Default byte budget of stored instances (64 MiB). */
export const DEFAULT_MAX_STATE_BYTES = 64 * 1024 * 1024;
/** What each entry costs beyond its JSON: maps, key strings, bookkeeping (an estimate). */
const ENTRY_OVERHEAD = 128;
/** Instances by kind and key, bounded; see the file comment for the eviction rule. */
export class ResourceStore {
  #limits;
  #kinds = new Map();
  /** Every entry, oldest write first (a Map iterates in insertion order). */
  #order = new Map();
  #bytes = 0;
  constructor(limits) {
    this.#limits = limits;
  }
  /** Stored entries, tombstones included. */
  get size() {
    return this.#order.size;
  }
  /** Estimated bytes held. */
  get bytes() {
    return this.#bytes;
  }
  /** The bounds past which the oldest instances are forgotten. */
  get limits() {
    return { maxResources: this.#limits.maxResources, maxStateBytes: this.#limits.maxBytes };
  }
  get(kind, key) {
    return this.#kinds.get(kind)?.get(key);
  }
  /** The entries of a kind, oldest write first. */
  entries(kind) {
    return this.#kinds.get(kind)?.values() ?? [];
  }
  /** Stores (or replaces) an instance, or a tombstone when `value` is undefined; then evicts past the limits. */
  put(kind, key, keyValues, value) {
    this.delete(kind, key);
    const bytes =
      (value === undefined ? 0 : JSON.stringify(value).length) + key.length + ENTRY_OVERHEAD;
    const entry = { kind, key, keyValues, value, bytes };
    let items = this.#kinds.get(kind);
    if (!items) this.#kinds.set(kind, (items = new Map()));
    items.set(key, entry);
    this.#order.set(orderKey(kind, key), entry);
    this.#bytes += bytes;
    this.#evict();
  }
  delete(kind, key) {
    const items = this.#kinds.get(kind);
    const entry = items?.get(key);
    if (!entry) return;
    items.delete(key);
    this.#order.delete(orderKey(kind, key));
    this.#bytes -= entry.bytes;
  }
  clear() {
    this.#kinds.clear();
    this.#order.clear();
    this.#bytes = 0;
  }
  #evict() {
    const { maxResources, maxBytes } = this.#limits;
    for (const oldest of this.#order.values()) {
      if (this.#order.size <= maxResources && this.#bytes <= maxBytes) return;
      this.delete(oldest.kind, oldest.key);
    }
  }
}
function orderKey(kind, key) {
  return `${kind}\u0000${key}`;
}
