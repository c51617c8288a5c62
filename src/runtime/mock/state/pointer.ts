/**
 * JSON pointers (RFC 6901) of patch operations, resolved against an
 * operation's output shape: a pointer names wire members of that shape
 * (list indexes and map keys below them), and becomes a path of documented
 * names into a stored record.
 */
import { pointerSegments } from "../../shared/json.js";
import type { StructureModel, TypeModel } from "../../table/model.js";

/** A pointer resolved against a shape. */
export interface ResolvedPointer {
  /** The pointer as sent. */
  readonly pointer: string;
  /** Documented member names, list indexes (or `-`) and map keys. */
  readonly segments: readonly string[];
  /** The type at each segment; the last is the target's type. */
  readonly types: readonly TypeModel[];
}

/** Whether `path` is `prefix` or lies below it (whole segments only). */
export function pointerWithin(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(prefix.endsWith("/") ? prefix : `${prefix}/`);
}

/** Resolves `pointer` against `shape`; a string is the reason it names nothing there. */
export function resolvePointer(pointer: unknown, shape: StructureModel): ResolvedPointer | string {
  if (typeof pointer !== "string" || !pointer.startsWith("/"))
    return `Invalid patch path '${String(pointer)}': a JSON pointer starting with '/' is required`;
  const segments: string[] = [];
  const types: TypeModel[] = [];
  let type: TypeModel = { kind: "structure", shape };
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
