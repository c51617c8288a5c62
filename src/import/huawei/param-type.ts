/**
 * The Type column of a Huawei parameter table: `String`, `Integer`,
 * `Array of Identity objects`, `Map<String,ResponseInfo>`, `Identity object`,
 * ... A name that is not a primitive is an object table of the page.
 */

/** The scalar types a Type column names. */
export type Primitive =
  "string" | "integer" | "long" | "float" | "double" | "boolean" | "timestamp";

/** A Type column, parsed. */
export type ParamType =
  | { kind: Primitive }
  | { kind: "object"; name?: string }
  | { kind: "list"; items: ParamType }
  | { kind: "map"; values: ParamType }
  | { kind: "unknown"; text: string };

const PRIMITIVES: Record<string, Primitive> = {
  string: "string",
  strings: "string",
  integer: "integer",
  integers: "integer",
  int: "integer",
  int32: "integer",
  long: "long",
  longs: "long",
  int64: "long",
  number: "double",
  numbers: "double",
  double: "double",
  doubles: "double",
  float: "float",
  floats: "float",
  bigdecimal: "double",
  boolean: "boolean",
  booleans: "boolean",
  bool: "boolean",
  timestamp: "timestamp",
};

/** Parses a Type column; `objectNames` are the page's object table titles. */
export function parseParamType(text: string, objectNames: ReadonlySet<string>): ParamType {
  const t = text.replace(/\s+/g, " ").trim();
  const lower = t.toLowerCase();
  if (Object.hasOwn(PRIMITIVES, lower)) return { kind: PRIMITIVES[lower]! };
  if (lower === "object" || lower === "json" || lower === "map") return { kind: "object" };
  let m =
    /^array of (.+?)(?: objects?)?$/i.exec(t) ??
    /^list<\s*(.+?)\s*>$/i.exec(t) ??
    /^(.+?)(?:\[\]| array)$/i.exec(t);
  if (m) return { kind: "list", items: parseParamType(m[1]!, objectNames) };
  m = /^map<\s*string\s*,\s*(.+?)\s*>$/i.exec(t);
  if (m) return { kind: "map", values: parseParamType(m[1]!, objectNames) };
  m = /^(.+?) objects?$/i.exec(t);
  if (m) return { kind: "object", name: m[1]!.trim() };
  if (objectNames.has(t)) return { kind: "object", name: t };
  return { kind: "unknown", text: t };
}
