// Copied by opforge from src/runtime/protocol/rename.ts. DO NOT EDIT.
/**
 * Documented names <-> wire names in JSON bodies, driven by the model.
 * Like the official SDKs, members the model does not know are neither sent
 * nor returned, and `null`/`undefined` are dropped. Map keys and unknown
 * keys are data: `__proto__` is a key like any other.
 */
import { isObject, own, pointerSegments, setOwn } from "../shared/json.js";
import { MAX_DEPTH } from "../shared/limits.js";
import { formatTimestamp } from "./timestamp.js";
/**
 * Documented -> wire: structure members in the model's order (the order the
 * SDKs write them), renamed. Returns undefined for null/undefined. Throws
 * TypeError past {@link MAX_DEPTH} levels (a cyclic or hostile input).
 */
export function toWire(value, type, depth = 0) {
  if (value === null || value === undefined) return undefined;
  if (depth > MAX_DEPTH) throw new TypeError(`input nested deeper than ${MAX_DEPTH} levels`);
  switch (type.kind) {
    case "structure":
      return isObject(value) ? structureToWire(value, type.shape, depth) : value;
    case "list":
      return Array.isArray(value) ? listToWire(value, type.items, depth) : value;
    case "map":
      return isObject(value) ? mapValues(value, (v) => toWire(v, type.values, depth + 1)) : value;
    case "timestamp":
      return formatTimestamp(value, type.format);
    default:
      return value;
  }
}
/** The wire object of a structure's body members. */
export function structureToWire(value, shape, depth = 0) {
  const out = {};
  for (const m of shape.body) {
    const v = toWire(own(value, m.name), m.type, depth + 1);
    if (v !== undefined) setOwn(out, m.wire, v);
  }
  return out;
}
function listToWire(value, items, depth) {
  const out = [];
  for (const item of value) {
    const v = toWire(item, items, depth + 1);
    if (v !== undefined) out.push(v);
  }
  return out;
}
/**
 * Wire -> documented. Returns undefined for null/undefined; values of the
 * wrong JSON type are kept as they are, for a validator to report. Callers
 * bound the depth when parsing (see `parseJson`).
 */
export function fromWire(value, type, ctx, path) {
  if (value === null || value === undefined) return undefined;
  switch (type.kind) {
    case "structure":
      return isObject(value) ? structureFromWire(value, type.shape, ctx, path, {}) : value;
    case "list":
      if (!Array.isArray(value)) return value;
      return value
        .map((item, i) => fromWire(item, type.items, ctx, `${path}[${i}]`))
        .filter((v) => v !== undefined);
    case "map":
      if (!isObject(value)) return value;
      return mapValues(value, (v, key) => fromWire(v, type.values, ctx, join(path, key)));
    default:
      return value;
  }
}
/**
 * Whether decoding `value` as `type` gives back an equal value: every
 * structure key a known member spelled the same on both sides, no `null`
 * to drop, all the way down. A decoder may then keep the value itself
 * rather than copy it (a parsed request body nobody else holds).
 */
function decodesToItself(value, type) {
  // fromWire drops null and undefined: a value holding one is copied.
  if (value === null || value === undefined) return false;
  switch (type.kind) {
    case "structure":
      return !isObject(value) || structureDecodesToItself(value, type.shape);
    case "list":
      if (!Array.isArray(value)) return true;
      for (const item of value) if (!decodesToItself(item, type.items)) return false;
      return true;
    case "map":
      if (!isObject(value)) return true;
      for (const key of Object.keys(value))
        if (!decodesToItself(value[key], type.values)) return false;
      return true;
    default:
      return true;
  }
}
/** {@link decodesToItself} for a structure's wire object. */
export function structureDecodesToItself(value, shape) {
  for (const key of Object.keys(value)) {
    const m = shape.byWire.get(key);
    if (m === undefined || m.name !== key || !decodesToItself(value[key], m.type)) return false;
  }
  return true;
}
/** A wire object's body members, documented names, added to `into`. */
export function structureFromWire(value, shape, ctx, path, into) {
  for (const key of Object.keys(value)) {
    const m = shape.byWire.get(key);
    if (!m) {
      ctx.problems?.push({
        wirePath: join(path, key),
        rule: "unknown",
        message: "is not a known member",
      });
      continue;
    }
    const v = fromWire(value[key], m.type, ctx, join(path, key));
    if (v !== undefined) setOwn(into, m.name, v);
  }
  return into;
}
function join(path, key) {
  return path === "" ? key : `${path}.${key}`;
}
function mapValues(value, convert) {
  const out = {};
  for (const key of Object.keys(value)) {
    const v = convert(value[key], key);
    if (v !== undefined) setOwn(out, key, v);
  }
  return out;
}
/**
 * A JSON pointer into a documented value of `root` -> its wire path
 * (`resourceConfig.apiName`, `identities[0].name`), for error messages in
 * the vendor's own terms. Unknown segments are kept as written.
 */
export function wirePath(root, pointer) {
  if (pointer === "" || pointer === "/") return "";
  let type = { kind: "structure", shape: root };
  let out = "";
  for (const seg of pointerSegments(pointer)) {
    if (type?.kind === "list") {
      out = `${out}[${seg}]`;
      type = type.items;
      continue;
    }
    let piece = seg;
    if (type?.kind === "structure") {
      const m = type.shape.byName.get(seg);
      piece = m?.wire ?? seg;
      type = m?.type;
    } else type = type?.kind === "map" ? type.values : undefined;
    out = join(out, piece);
  }
  return out;
}
