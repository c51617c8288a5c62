/**
 * Values made up from the IR, deterministically, chosen to pass the type's
 * own constraints (length, pattern, range, enum), and wire-named example
 * bodies turned into documented names. Used for the mock's answers and the
 * README's example calls.
 */
import type { IrMember, IrShape, IrStructureShape, IrType, JsonValue } from "../../ir/types.js";

const FIXED_DATE = "2026-01-01T00:00:00Z";
const FIXED_EPOCH = 1767225600;
/** Longest made-up string or list: past it a member gets no sample (the spec asks for a stress test, not a value). */
const MAX_SAMPLE_LENGTH = 10_000;

/** An object without a prototype: a key such as `__proto__` (spec data is untrusted) is a plain key. */
export function plainObject(): Record<string, JsonValue> {
  return Object.create(null) as Record<string, JsonValue>;
}

export function isObject(v: unknown): v is Record<string, JsonValue> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function isScalar(type: IrType, shapes: ReadonlyMap<string, IrShape>): boolean {
  if (type.kind === "ref") return shapes.get(type.name)?.kind === "enum";
  return type.kind !== "list" && type.kind !== "map";
}

/** A wire-named example body -> documented names, members the shape does not know dropped. */
export function fromWire(shape: IrStructureShape, body: Record<string, JsonValue>, shapes: ReadonlyMap<string, IrShape>): Record<string, JsonValue> {
  const out = plainObject();
  for (const m of shape.members) {
    if (m.location !== "body" || !Object.hasOwn(body, m.wireName)) continue;
    out[m.name] = valueFromWire(m.type, body[m.wireName]!, shapes);
  }
  return out;
}

export function valueFromWire(type: IrType, v: JsonValue, shapes: ReadonlyMap<string, IrShape>): JsonValue {
  if (type.kind === "list" && Array.isArray(v)) return v.map((x) => valueFromWire(type.items, x, shapes));
  if (type.kind === "map" && isObject(v)) {
    const out = plainObject();
    for (const k of Object.keys(v)) out[k] = valueFromWire(type.value, v[k]!, shapes);
    return out;
  }
  const target = type.kind === "ref" ? shapes.get(type.name) : undefined;
  return target?.kind === "structure" && isObject(v) ? fromWire(target, v, shapes) : v;
}

export class Synthesizer {
  constructor(private readonly shapes: ReadonlyMap<string, IrShape>) {}

  /** An object with every required member and each member `include` accepts. */
  structure(members: readonly IrMember[], include: (m: IrMember) => boolean, depth: number): Record<string, JsonValue> {
    const out: Record<string, JsonValue> = {};
    for (const m of members) {
      if (m.location !== "body" && m.location !== "header") continue;
      if (!m.required && !include(m)) continue;
      const v = this.value(m.type, m.name, depth);
      if (v !== undefined) out[m.name] = v;
    }
    return out;
  }

  value(type: IrType, hint: string, depth: number): JsonValue | undefined {
    switch (type.kind) {
      case "string":
        return this.string(type, hint);
      case "integer":
      case "long":
      case "float":
      case "double":
        return number(type);
      case "boolean":
        return false;
      case "timestamp":
        return type.format === "epoch-seconds" ? FIXED_EPOCH : type.format === "http-date" ? new Date(FIXED_EPOCH * 1000).toUTCString() : FIXED_DATE;
      case "list": {
        const out: JsonValue[] = [];
        if ((type.minItems ?? 0) > MAX_SAMPLE_LENGTH) return undefined;
        for (let i = 0; i < (type.minItems ?? 0); i++) {
          const v = this.value(type.items, hint, depth + 1);
          if (v !== undefined) out.push(v);
        }
        return out;
      }
      case "map":
        return {};
      case "ref": {
        const shape = this.shapes.get(type.name);
        if (!shape) return undefined;
        if (shape.kind === "enum") return shape.values[0]?.value;
        // Required members only below the top level; a cycle of required members ends here.
        return depth > 16 ? {} : this.structure(shape.members, () => false, depth + 1);
      }
    }
  }

  private string(type: Extract<IrType, { kind: "string" }>, hint: string): string | undefined {
    const candidates = [...(type.knownValues ?? []).map((v) => v.value), `mock-${hint}`, "mock", `mock_${hint}`, "mock1", "abc", "200", "a", "1", ""];
    const min = type.minLength ?? 0;
    const max = type.maxLength ?? Infinity;
    const re = type.pattern !== undefined ? regex(type.pattern) : undefined;
    // A sample is a readable value, not a stress test: a longer minimum gets none.
    if (min > MAX_SAMPLE_LENGTH) return undefined;
    for (const c of candidates) {
      // Lengths count code points, as the validators do.
      let points = [...c];
      if (points.length > max) points = points.slice(0, max);
      if (points.length < min) points = points.concat(new Array<string>(min - points.length).fill(points.at(-1) ?? "a"));
      const value = points.join("");
      if (re && !re.test(value)) continue;
      return value;
    }
    return undefined;
  }
}

/** 1 when the range allows it (a readable value), else the bound nearest to it; never an excluded value. */
function number(type: Extract<IrType, { kind: "integer" | "long" | "float" | "double" }>): number {
  const min = type.minimum ?? -Infinity;
  const max = type.maximum ?? Infinity;
  let n = Math.min(Math.max(1, min), max);
  if (type.kind === "integer" || type.kind === "long") n = Math.ceil(n);
  const excluded = new Set(type.excluded ?? []);
  // Excluded values are few (a list in the spec): this ends within that many steps.
  while (excluded.has(n) && n + 1 <= max) n++;
  return n;
}

function regex(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, "u");
  } catch {
    return undefined;
  }
}
