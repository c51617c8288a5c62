// Copied by opforge from src/runtime/mock/state/project.ts. DO NOT EDIT.
/**
 * A stored record seen through an operation's output shape: only the
 * shape's members, each only when its value fits the member's type, all
 * the way down. Records hold whatever inputs brought; answers hold only
 * what the operation documents. A value that already fits is returned as
 * it is (no copy): answers are serialized, never changed.
 */
import { isObject, setOwn } from "../../shared/json.js";
/** `record`'s members of `shape`, each only when it fits the member's type. */
export function project(record, shape) {
  const out = {};
  for (const m of shape.members) {
    if (!Object.hasOwn(record, m.name)) continue;
    const v = fit(record[m.name], m.type);
    if (v !== undefined) setOwn(out, m.name, v);
  }
  return out;
}
/**
 * `project(overlay(base, input, echo), shape)` with the newly `generated`
 * id in its members, without building the record in between: a stateless
 * answer has no record to keep.
 */
export function projectOverlay(base, input, echo, generated, shape) {
  const out = {};
  for (const m of shape.members) {
    const name = m.name;
    const from = echo !== undefined && Object.hasOwn(echo, name) ? echo[name] : undefined;
    let value;
    if (generated !== undefined && generated.members.includes(name)) value = generated.value;
    else if (from !== undefined && Object.hasOwn(input, from)) value = input[from];
    else if (Object.hasOwn(input, name)) value = input[name];
    else if (Object.hasOwn(base, name)) value = base[name];
    else continue;
    const v = fit(value, m.type);
    if (v !== undefined) setOwn(out, name, v);
  }
  return out;
}
/** `value` as `type` holds it (projected; the value itself when it fits as it is), or undefined when it does not fit. */
export function fit(value, type) {
  switch (type.kind) {
    case "string":
      return typeof value === "string" ? value : undefined;
    case "boolean":
      return typeof value === "boolean" ? value : undefined;
    case "integer":
    case "long":
    case "float":
    case "double":
      return typeof value === "number" ? value : undefined;
    case "timestamp":
      return (
        type.format === "epoch-seconds" ? typeof value === "number" : typeof value === "string"
      )
        ? value
        : undefined;
    case "structure":
      return isObject(value) ? fitStructure(value, type.shape) : undefined;
    case "list":
      return Array.isArray(value) ? fitList(value, type.items) : undefined;
    case "map":
      return isObject(value) ? fitMap(value, type.values) : undefined;
  }
}
function fitStructure(value, shape) {
  const keys = Object.keys(value);
  for (const key of keys) {
    const m = shape.byName.get(key);
    if (!m || fit(value[key], m.type) !== value[key]) return project(value, shape);
  }
  return value;
}
function fitList(value, items) {
  for (let i = 0; i < value.length; i++)
    if (fit(value[i], items) !== value[i])
      return value.map((v) => fit(v, items)).filter((v) => v !== undefined);
  return value;
}
function fitMap(value, values) {
  const keys = Object.keys(value);
  for (const key of keys)
    if (fit(value[key], values) !== value[key]) {
      const out = {};
      for (const k of keys) {
        const v = fit(value[k], values);
        if (v !== undefined) setOwn(out, k, v);
      }
      return out;
    }
  return value;
}
