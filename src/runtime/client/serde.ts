/**
 * Conversion between documented member names and wire names, driven by the
 * generated {@link Shapes} table. Like the official SDKs, members absent from
 * the model are not sent or returned, and `null`/`undefined` are dropped.
 */
import { unpack, type BoundMember, type Location, type Shapes, type WireType } from "./schema.js";

/** Nesting bound for values walked here; deeper values are a caller bug or hostile. */
const MAX_DEPTH = 64;

/** Documented -> wire. Returns undefined for null/undefined. */
export function toWire(value: unknown, type: WireType, shapes: Shapes, depth = 0): unknown {
  if (value === null || value === undefined) return undefined;
  if (depth > MAX_DEPTH) throw new TypeError(`input nested deeper than ${MAX_DEPTH} levels`);
  if (typeof type === "number") return value;
  if (typeof type === "string") {
    if (typeof value !== "object") return value;
    const out: Record<string, unknown> = {};
    for (const m of shapes[type] ?? []) {
      const [name, wire, t] = unpack(m);
      const v = toWire(own(value, name), t, shapes, depth + 1);
      if (v !== undefined) out[wire] = v;
    }
    return out;
  }
  if (type[0] === "l") {
    if (!Array.isArray(value)) return value;
    const out: unknown[] = [];
    for (const item of value) {
      const v = toWire(item, type[1], shapes, depth + 1);
      if (v !== undefined) out.push(v);
    }
    return out;
  }
  return mapValues(value, (v) => toWire(v, type[1], shapes, depth + 1));
}

/** Wire -> documented. Returns undefined for null/undefined. */
export function fromWire(value: unknown, type: WireType, shapes: Shapes, depth = 0): unknown {
  if (value === null || value === undefined) return undefined;
  if (depth > MAX_DEPTH) throw new TypeError(`response nested deeper than ${MAX_DEPTH} levels`);
  if (typeof type === "number") return value;
  if (typeof type === "string") {
    if (typeof value !== "object" || Array.isArray(value)) return value;
    const out: Record<string, unknown> = {};
    for (const m of shapes[type] ?? []) {
      const [name, wire, t] = unpack(m);
      const v = fromWire(own(value, wire), t, shapes, depth + 1);
      if (v !== undefined) out[name] = v;
    }
    return out;
  }
  if (type[0] === "l") {
    if (!Array.isArray(value)) return value;
    return value
      .map((item) => fromWire(item, type[1], shapes, depth + 1))
      .filter((v) => v !== undefined);
  }
  return mapValues(value, (v) => fromWire(v, type[1], shapes, depth + 1));
}

/**
 * Reads the members of `location` from a response body or headers into a
 * documented-name object (used for outputs and error data).
 */
export function readMembers(
  members: readonly BoundMember[],
  body: unknown,
  headers: { get(name: string): string | null },
  shapes: Shapes,
  into: Record<string, unknown> = {},
): Record<string, unknown> {
  for (const m of members) {
    const [name, wire, type, location] = unpack(m);
    const v =
      location === "header"
        ? headerValue(headers.get(wire), type)
        : location === "body"
          ? fromWire(own(body, wire), type, shapes)
          : undefined;
    if (v !== undefined) into[name] = v;
  }
  return into;
}

/** Header text as the member's type: numbers and booleans parsed, anything unreadable kept as text. */
function headerValue(text: string | null, type: WireType): unknown {
  if (text === null) return undefined;
  if (type === 1) {
    const n = Number(text.trim());
    return text.trim() !== "" && Number.isFinite(n) ? n : text;
  }
  if (type === 2) return text.trim() === "true" ? true : text.trim() === "false" ? false : text;
  return text;
}

/** An own property only: keys like `__proto__` are plain data, never inherited values. */
export function own(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function mapValues(value: unknown, convert: (v: unknown) => unknown): unknown {
  if (typeof value !== "object" || Array.isArray(value) || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = convert((value as Record<string, unknown>)[key]);
    if (v === undefined) continue;
    // Map keys are data: `__proto__` becomes an own key, never the prototype.
    if (key === "__proto__")
      Object.defineProperty(out, key, {
        value: v,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else out[key] = v;
  }
  return out;
}
