// Copied by opforge from src/runtime/mock/state/pointer.ts. DO NOT EDIT.
/**
 * JSON pointers (RFC 6901) of patch operations, resolved against an
 * operation's output shape: a pointer names wire members of that shape
 * (list indexes and map keys below them), and becomes a path of documented
 * names into a stored record.
 */
import { pointerSegments } from "../../shared/json.js";
/** Whether `path` is `prefix` or lies below it (whole segments only). */
export function pointerWithin(path, prefix) {
  return path === prefix || path.startsWith(prefix.endsWith("/") ? prefix : `${prefix}/`);
}
/** Resolves `pointer` against `shape`; a string is the reason it names nothing there. */
export function resolvePointer(pointer, shape) {
  if (typeof pointer !== "string" || !pointer.startsWith("/"))
    return `Invalid patch path '${String(pointer)}': a JSON pointer starting with '/' is required`;
  const segments = [];
  const types = [];
  let type = { kind: "structure", shape };
  for (const token of pointerSegments(pointer)) {
    if (type.kind === "structure") {
      const m = type.shape.byWire.get(token);
      if (!m)
        return `Invalid patch path ${pointer}: '${token}' is not a member of ${type.shape.name}`;
      segments.push(m.name);
      type = m.type;
    } else if (type.kind === "list") {
      if (token !== "-" && !/^(0|[1-9]\d*)$/.test(token))
        return `Invalid patch path ${pointer}: '${token}' is not a list index`;
      segments.push(token);
      type = type.items;
    } else if (type.kind === "map") {
      segments.push(token);
      type = type.values;
    } else return `Invalid patch path ${pointer}: nothing lies below a ${type.kind}`;
    types.push(type);
  }
  return { pointer, segments, types };
}
