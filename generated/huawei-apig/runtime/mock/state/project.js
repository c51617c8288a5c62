// Copied by opforge from src/runtime/mock/state/project.ts. DO NOT EDIT.
/**
 * A stored record seen through an operation's output shape: only the
 * shape's members, each only when its value fits the member's type, all
 * the way down. Records hold whatever inputs brought; answers hold only
 * what the operation documents.
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
/** `value` as `type` holds it (projected), or undefined when it does not fit. */
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
      return isObject(value) ? project(value, type.shape) : undefined;
    case "list":
      return Array.isArray(value)
        ? value.map((v) => fit(v, type.items)).filter((v) => v !== undefined)
        : undefined;
    case "map": {
      if (!isObject(value)) return undefined;
      const out = {};
      for (const key of Object.keys(value)) {
        const v = fit(value[key], type.values);
        if (v !== undefined) setOwn(out, key, v);
      }
      return out;
    }
  }
}
