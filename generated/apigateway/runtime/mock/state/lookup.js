// Copied by opforge from src/runtime/mock/state/lookup.ts. DO NOT EDIT.
/**
 * Finding, writing and listing instances of a resource: stored entries
 * first, then the `initial` instances that stand in for keys nothing was
 * stored under (until a delete leaves a tombstone there).
 */
import { isObject } from "../../shared/json.js";
import { initialKeyUnder, initialMatches, keyString } from "./key.js";
/**
 * The instance with key `values`, or undefined when there is none. A
 * singleton (no key members) that was never stored nor declared initially
 * is `fallback` (the answering operation's sample).
 */
export function lookup(store, resource, values, fallback) {
  const entry = store.get(resource.kind, keyString(values));
  return entry ? entry.value : initialOf(resource, values, fallback);
}
/** The `initial` instance standing for key `values` (a copy), else the singleton's `fallback`. */
export function initialOf(resource, values, fallback) {
  const initial = resource.def.initial?.find((i) => initialMatches(i, resource.def.key, values));
  if (initial) return isObject(initial.value) ? structuredClone(initial.value) : {};
  return resource.def.key.length === 0 && fallback ? { ...fallback } : undefined;
}
/** Stores `record` as the instance with key `values` (the newest write). */
export function store(store, resource, values, record) {
  store.put(resource.kind, keyString(values), values, record);
}
/** Forgets an instance; a tombstone keeps a matching `initial` instance from standing in again. */
export function remove(store, resource, values) {
  const key = keyString(values);
  const shadowed = resource.def.initial?.some((i) => initialMatches(i, resource.def.key, values));
  if (shadowed) store.put(resource.kind, key, values, undefined);
  else store.delete(resource.kind, key);
}
/** The instances whose key starts with `parentValues`: initial ones first, then stored ones, oldest first. */
export function listUnder(store, resource, parentValues) {
  const names = resource.def.key;
  const out = [];
  const seen = new Set();
  for (const initial of resource.def.initial ?? []) {
    const values = initialKeyUnder(initial, names, parentValues);
    if (!values) continue;
    const key = keyString(values);
    if (seen.has(key) || store.get(resource.kind, key)) continue;
    seen.add(key);
    out.push(isObject(initial.value) ? structuredClone(initial.value) : {});
  }
  for (const entry of store.entries(resource.kind)) {
    const under = parentValues.every((v, i) => entry.keyValues[i] === v);
    if (under && entry.value) out.push(entry.value);
  }
  return out;
}
