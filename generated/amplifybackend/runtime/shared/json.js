// Copied by opforge from src/runtime/shared/json.ts. DO NOT EDIT.
/**
 * Reading and writing plain JSON objects whose keys are untrusted data:
 * `__proto__`, `constructor` and friends are ordinary keys here, never a
 * way to reach or replace a prototype.
 */
/** A plain JSON object (not null, not an array). */
export function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
/** An own property only: inherited values (`constructor`, `toString`) are never read as data. */
export function own(value, key) {
  return typeof value === "object" && value !== null && Object.hasOwn(value, key)
    ? value[key]
    : undefined;
}
/** Sets an own data property, even for `__proto__`, which plain assignment would treat as the prototype. */
export function setOwn(target, key, value) {
  if (key === "__proto__")
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  else target[key] = value;
}
/** The unescaped reference tokens of a JSON pointer (RFC 6901): `/a~1b/c` -> `["a/b", "c"]`, `""` -> `[]`. */
export function pointerSegments(pointer) {
  // Most pointers name one member with nothing to unescape: no split, no replace.
  if (pointer.lastIndexOf("/") === 0 && pointer.indexOf("~") === -1) return [pointer.slice(1)];
  return pointer
    .split("/")
    .slice(1)
    .map((raw) => (raw.includes("~") ? raw.replace(/~1/g, "/").replace(/~0/g, "~") : raw));
}
/** An empty object nothing can change: the body of a request that sent none. */
export const EMPTY_OBJECT = Object.freeze({});
