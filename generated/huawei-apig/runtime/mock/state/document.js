// Copied by opforge from src/runtime/mock/state/document.ts. DO NOT EDIT.
/**
 * Reading and changing a value inside a record (a copy the patch owns) by
 * a path of documented names, list indexes and map keys. Keys are data:
 * `__proto__` is an own key here.
 */
import { setOwn } from "../../shared/json.js";
function isContainer(v) {
  return typeof v === "object" && v !== null;
}
/** The value at `segments`, and whether there is one. */
export function getAt(doc, segments) {
  let cur = doc;
  for (const s of segments) {
    if (!isContainer(cur) || !Object.hasOwn(cur, s)) return { found: false, value: undefined };
    cur = cur[s];
  }
  return { found: true, value: cur };
}
/**
 * Sets `value` at `segments`, creating missing containers on the way (a
 * list where the shape has one, else an object). In a list, `-` appends and
 * an index inserts (`add`) or replaces (`replace`). Returns an error text.
 */
export function setAt(doc, segments, types, value, replace) {
  let cur = doc;
  for (let i = 0; i < segments.length - 1; i++) {
    const s = segments[i];
    let next = Object.hasOwn(cur, s) ? cur[s] : undefined;
    if (!isContainer(next)) {
      if (Array.isArray(cur)) return "no such list item";
      next = types[i].kind === "list" ? [] : {};
      setOwn(cur, s, next);
    }
    cur = next;
  }
  const last = segments[segments.length - 1];
  if (!Array.isArray(cur)) {
    setOwn(cur, last, value);
    return undefined;
  }
  if (last === "-") cur.push(value);
  else if (Number(last) < cur.length + (replace ? 0 : 1))
    cur.splice(Number(last), replace ? 1 : 0, value);
  else return `index ${last} is past the end of the list`;
  return undefined;
}
/** Removes the value at `segments`; returns an error text when nothing is there. */
export function removeAt(doc, segments) {
  const parent = getAt(doc, segments.slice(0, -1)).value;
  const last = segments[segments.length - 1];
  if (last === undefined || !isContainer(parent) || !Object.hasOwn(parent, last))
    return "nothing to remove";
  if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[last];
  return undefined;
}
