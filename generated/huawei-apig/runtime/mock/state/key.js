// Copied by opforge from src/runtime/mock/state/key.ts. DO NOT EDIT.
/** Instance keys: the values of a resource's key members, and how `initial` instances match them. */
import { own } from "../../shared/json.js";
/** The text of each key member's value in `input` ("" when absent). */
export function keyValues(names, input) {
  return names.map((name) => {
    const v = own(input, name);
    return v === undefined || v === null
      ? ""
      : typeof v === "object"
        ? JSON.stringify(v)
        : String(v);
  });
}
/** A store key for key values; distinct tuples never collide (`["a/b","c"]` vs `["a","b/c"]`). */
export function keyString(values) {
  return values.length === 0 ? "" : JSON.stringify(values);
}
/** Whether `initial` stands for the instance with `values` (key members it leaves out match anything). */
export function initialMatches(initial, names, values) {
  const key = initial.key;
  if (!key) return true;
  return names.every((name, i) => !Object.hasOwn(key, name) || key[name] === values[i]);
}
/**
 * The key values of `initial` under `parentValues`, or undefined when it is
 * not under that parent or leaves its own key members out (an instance that
 * matches any id cannot be listed).
 */
export function initialKeyUnder(initial, names, parentValues) {
  const key = initial.key ?? {};
  const values = [];
  for (let i = 0; i < names.length; i++) {
    const given = Object.hasOwn(key, names[i]) ? key[names[i]] : undefined;
    if (i < parentValues.length) {
      if (given !== undefined && given !== parentValues[i]) return undefined;
      values.push(parentValues[i]);
    } else if (given === undefined) return undefined;
    else values.push(given);
  }
  return values;
}
