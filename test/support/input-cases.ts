/**
 * Operation inputs synthesized from the IR, for suites that send "every
 * operation" of the spec set under test: each input is valid for the spec
 * (lengths, patterns, ranges, enums, list and map bounds, required members),
 * with documented member names and timestamps in their JSON form, and the
 * cases are chosen to reach the edges of the wire: required members only,
 * every member, every member given in reverse key order, empty optional
 * containers, a hostile string in every string (labels, query, headers,
 * bodies, map keys) where the member's constraints allow it, and seeded
 * random mixes. Deterministic: the same model gives the same cases.
 */
import fc from "fast-check";
import type { IrMember, IrOperation, IrService, IrShape, IrStringType, IrType } from "../../src/ir/types.js";
import { Synthesizer } from "../../src/emit/shared/synthesize.js";

export interface InputCase {
  title: string;
  input: Record<string, unknown>;
}

/**
 * Strings that wire encodings get wrong: path and query delimiters, `%`,
 * non-ASCII, RFC 3986 sub-delims, JSON escapes, U+2028. Dot segments (`.`,
 * `..`) and the empty string are left out: clients refuse those labels on
 * purpose (tested on their own).
 */
export const HOSTILE_STRINGS = ["a b/c", "%", "%25", "ü-名前-😀", "!'()*~", "a+b=c&d;e,f", "?#[]@$", "line\u2028sep", 'tab\tquote"back\\slash', "../x"];

/** What varies between cases. */
interface Mode {
  /** Whether an optional member is given. */
  present(m: IrMember): boolean;
  /** Size of a list or map within its bounds. */
  count(min: number, max: number): number;
  /** Strings tried first for a string value (the first the constraints accept wins). */
  strings(): readonly string[];
  pick<T>(xs: readonly T[]): T;
  reverse: boolean;
}

/** Small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INTEGERS = [1, 0, 7, 42, 1000, -3, 2147483647];
const FLOATS = [0.5, 1.25, 3, 1e-7, 12345.678, -2.5, 0];
const DATES = [Date.UTC(2026, 0, 1), Date.UTC(2024, 1, 29, 12, 34, 56)];
const KEYS = ["k1", "Key Two", "ü", "a/b", "x-y.z"];

class Builder {
  private readonly shapes: ReadonlyMap<string, IrShape>;
  private readonly fallback: Synthesizer;

  constructor(service: IrService, private readonly mode: Mode) {
    this.shapes = new Map(service.shapes.map((s) => [s.name, s] as const));
    this.fallback = new Synthesizer(this.shapes);
  }

  structure(members: readonly IrMember[], depth: number): Record<string, unknown> {
    const chosen = [...members].sort((a, b) => a.order - b.order).filter((m) => m.required || (depth < 8 && this.mode.present(m)));
    if (this.mode.reverse) chosen.reverse();
    const out: Record<string, unknown> = {};
    for (const m of chosen) out[m.name] = this.value(m.type, m.name, depth, m.location === "header");
    return out;
  }

  value(type: IrType, hint: string, depth: number, header = false): unknown {
    switch (type.kind) {
      case "string":
        return this.string(type, hint, header);
      case "integer":
      case "long":
      case "float":
      case "double": {
        const integer = type.kind === "integer" || type.kind === "long";
        const ok = (integer ? INTEGERS : FLOATS).filter((n) => (type.minimum === undefined || n >= type.minimum) && (type.maximum === undefined || n <= type.maximum) && !type.excluded?.includes(n));
        return ok.length ? this.mode.pick(ok) : this.fallback.value(type, hint, depth);
      }
      case "boolean":
        return this.mode.pick([true, false]);
      case "timestamp": {
        const d = new Date(this.mode.pick(DATES));
        return type.format === "epoch-seconds" ? d.getTime() / 1000 : type.format === "http-date" ? d.toUTCString() : d.toISOString().replace(".000Z", "Z");
      }
      case "list": {
        const n = this.mode.count(type.minItems ?? 0, type.maxItems ?? Infinity);
        return Array.from({ length: n }, () => this.value(type.items, hint, depth + 1, header));
      }
      case "map": {
        const n = this.mode.count(type.minEntries ?? 0, type.maxEntries ?? Infinity);
        const out: Record<string, unknown> = {};
        for (const k of this.keys(type.key, n)) out[k] = this.value(type.value, hint, depth + 1);
        return out;
      }
      case "ref": {
        const shape = this.shapes.get(type.name)!;
        if (shape.kind === "enum") return this.mode.pick(shape.values.map((v) => v.value));
        return this.structure(shape.members, depth + 1);
      }
    }
  }

  /** Up to `n` distinct keys the key type accepts. */
  private keys(key: IrType, n: number): string[] {
    const target = key.kind === "ref" ? this.shapes.get(key.name) : undefined;
    const pool = target?.kind === "enum" ? target.values.map((v) => v.value) : [...this.mode.strings(), ...KEYS].filter((k) => key.kind !== "string" || accepts(key, k));
    const out = new Set<string>();
    for (const k of pool) if (out.size < n) out.add(k);
    if (out.size < n && key.kind === "string") for (const s of matching(key, n * 4)) if (out.size < n) out.add(s);
    return [...out];
  }

  private string(type: IrStringType, hint: string, header: boolean): string {
    // Header values must be visible ASCII (fetch and Node refuse others), without edge spaces (HTTP trims them).
    const headerSafe = (s: string) => !header || (/^[\x20-\x7e]*$/.test(s) && s.trim() === s);
    const candidates = [...this.mode.strings(), ...(type.knownValues ?? []).map((v) => v.value), `${hint}-1`];
    const found = candidates.find((c) => accepts(type, c) && headerSafe(c)) ?? matching(type, 8).find(headerSafe);
    return found ?? String(this.fallback.value(type, hint, 0));
  }
}

function accepts(t: IrStringType, s: string): boolean {
  const n = [...s].length;
  if (n < (t.minLength ?? 0) || n > (t.maxLength ?? Infinity) || s === "") return false;
  // Documented values that are enforced (`allowedValues`): only those.
  if (t.closed && !(t.knownValues ?? []).some((v) => v.value === s)) return false;
  if (t.pattern === undefined) return true;
  try {
    return new RegExp(t.pattern, "u").test(s);
  } catch {
    return false;
  }
}

/** Strings matching the type's pattern and lengths, from a fixed seed. */
function matching(t: IrStringType, count: number): string[] {
  if (t.pattern === undefined) return [];
  try {
    return fc.sample(fc.stringMatching(new RegExp(t.pattern, "u")), { seed: 42, numRuns: count * 5 }).filter((s) => accepts(t, s)).slice(0, count);
  } catch {
    return [];
  }
}

function inputMembers(service: IrService, op: IrOperation): readonly IrMember[] {
  const shape = service.shapes.find((s) => s.name === op.input);
  if (shape?.kind !== "structure") throw new Error(`${service.id}.${op.name}: input ${op.input} is not a structure`);
  return shape.members;
}

function build(service: IrService, op: IrOperation, mode: Mode): Record<string, unknown> {
  return new Builder(service, mode).structure(inputMembers(service, op), 0);
}

const isContainer = (t: IrType, shapes: IrService["shapes"]) => t.kind === "list" || t.kind === "map" || (t.kind === "ref" && shapes.find((s) => s.name === t.name)?.kind === "structure");

/** A valid value of structure `shapeName` with every member (nested ones too, to a depth), lists and maps of two. */
export function everyMemberValue(service: IrService, shapeName: string): Record<string, unknown> {
  const shape = service.shapes.find((s) => s.name === shapeName);
  if (shape?.kind !== "structure") throw new Error(`${service.id}: ${shapeName} is not a structure`);
  const two = (min: number, max: number) => Math.min(max, Math.max(min, 2));
  return new Builder(service, { present: () => true, count: two, strings: () => [], pick: (xs) => xs[0]!, reverse: false }).structure(shape.members, 0);
}

/**
 * A valid input with the required members only. A required list holds one
 * item at least: an empty one in a query or header is no value on the wire.
 */
export function requiredInput(service: IrService, op: IrOperation): Record<string, unknown> {
  return build(service, op, { present: () => false, count: (min, max) => Math.min(max, Math.max(min, 1)), strings: () => [], pick: (xs) => xs[0]!, reverse: false });
}

/** Every case for `op` (see the file comment); `randomCases` seeded random mixes at the end. */
export function inputCases(service: IrService, op: IrOperation, randomCases = 6): InputCase[] {
  const first = <T>(xs: readonly T[]) => xs[0]!;
  const two = (min: number, max: number) => Math.min(max, Math.max(min, 2));
  const every: Mode = { present: () => true, count: two, strings: () => [], pick: first, reverse: false };
  const cases: InputCase[] = [
    { title: "required members only", input: requiredInput(service, op) },
    { title: "every member, lists and maps of two", input: build(service, op, every) },
    { title: "every member, given in reverse order", input: build(service, op, { ...every, reverse: true }) },
    { title: "empty optional containers", input: build(service, op, { ...every, present: (m) => isContainer(m.type, service.shapes), count: (min) => min }) },
  ];
  for (const h of HOSTILE_STRINGS) {
    cases.push({ title: `strings ${JSON.stringify(h)}`, input: build(service, op, { ...every, count: (min, max) => Math.min(max, Math.max(min, 1)), strings: () => [h] }) });
  }
  for (let seed = 1; seed <= randomCases; seed++) {
    const r = random(seed);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
    cases.push({
      title: `random mix, seed ${seed}`,
      input: build(service, op, {
        present: () => r() < 0.5,
        count: (min, max) => Math.min(max, min + Math.floor(r() * 4)),
        strings: () => [pick([...HOSTILE_STRINGS, "plain", "x"])],
        pick,
        reverse: r() < 0.5,
      }),
    });
  }
  return cases;
}
