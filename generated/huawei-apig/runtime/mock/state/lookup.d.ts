// Copied by opforge from src/runtime/mock/state/lookup.ts. DO NOT EDIT.
import type { BoundResource } from "../compiled.js";
import type { ResourceStore } from "./store.js";
/**
 * The instance with key `values`, or undefined when there is none. A
 * singleton (no key members) that was never stored nor declared initially
 * is `fallback` (the answering operation's sample).
 */
export declare function lookup(
  store: ResourceStore,
  resource: BoundResource,
  values: readonly string[],
  fallback: Readonly<Record<string, unknown>> | undefined,
): Record<string, unknown> | undefined;
/** The `initial` instance standing for key `values` (a copy), else the singleton's `fallback`. */
export declare function initialOf(
  resource: BoundResource,
  values: readonly string[],
  fallback: Readonly<Record<string, unknown>> | undefined,
): Record<string, unknown> | undefined;
/** Stores `record` as the instance with key `values` (the newest write). */
export declare function store(
  store: ResourceStore,
  resource: BoundResource,
  values: readonly string[],
  record: Record<string, unknown>,
): void;
/** Forgets an instance; a tombstone keeps a matching `initial` instance from standing in again. */
export declare function remove(
  store: ResourceStore,
  resource: BoundResource,
  values: readonly string[],
): void;
/** The instances whose key starts with `parentValues`: initial ones first, then stored ones, oldest first. */
export declare function listUnder(
  store: ResourceStore,
  resource: BoundResource,
  parentValues: readonly string[],
): Record<string, unknown>[];
