/**
 * fast-check arbitraries built from the IR: values of a shape that are mostly
 * valid, each node mutated now and then (wrong type, a step over a bound, a
 * bad enum value or map key, a dropped required member, an extra member,
 * hostile keys such as `__proto__`). Inputs near the boundary are where two
 * validators disagree, if they do.
 */
import fc from "fast-check";
import type { IrListType, IrMapType, IrNumberType, IrService, IrShape, IrStringType, IrStructureShape, IrTimestampType, IrType } from "../../src/ir/types.js";

const HOSTILE_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "a/b", "~0", ""];

/** Values of the wrong type for anything: what a type swap produces. */
const wrongType: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(null, 0, -1, 1.5, NaN, Infinity, "", "x", "1", true, false, [], {}, ["x"], { a: 1 });

/** Mostly `valid`, sometimes a wrong type. */
function maybeWrong(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 24, arbitrary: valid }, { weight: 1, arbitrary: wrongType });
}

/** An object with exactly these own entries, `__proto__` included as a plain key (as JSON.parse makes it). */
function objectOf(entries: ReadonlyArray<readonly [string, unknown]>): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  return o;
}

/** Adjusts `s` to exactly `n` code points by repeating its last one or cutting. */
function toCodePoints(s: string, n: number): string {
  const cps = [...s];
  if (cps.length === 0) cps.push("a");
  while (cps.length < n) cps.push(cps[cps.length - 1]!);
  return cps.slice(0, Math.max(0, n)).join("");
}

function patternArb(pattern: string | undefined): fc.Arbitrary<string> {
  if (pattern === undefined) return fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: "binary", maxLength: 6 }));
  try {
    return fc.stringMatching(new RegExp(pattern, "u"));
  } catch {
    return fc.string({ maxLength: 12 });
  }
}

export function stringArb(t: IrStringType): fc.Arbitrary<string> {
  // A closed set's values are what a valid string is made of; other strings come from the near misses and the rest below.
  const base = t.closed && t.knownValues?.length ? fc.constantFrom(...t.knownValues.map((v) => v.value)) : patternArb(t.pattern);
  const lengths = [t.minLength, t.maxLength].flatMap((b) => (b === undefined ? [] : [b - 1, b, b + 1])).filter((n) => n >= 0);
  const options: Array<fc.WeightedArbitrary<string>> = [{ weight: 10, arbitrary: base }];
  if (lengths.length) {
    const len = fc.constantFrom(...lengths);
    options.push({ weight: 6, arbitrary: fc.tuple(base, len).map(([s, n]) => toCodePoints(s, n)) });
    // Astral characters: one code point, two UTF-16 units; lengths count code points.
    options.push({ weight: 2, arbitrary: fc.tuple(fc.constantFrom("😀", "a😀", "\uD800", "\uDC00x"), len).map(([s, n]) => toCodePoints(s, n)) });
  }
  options.push({ weight: 2, arbitrary: fc.oneof(fc.string({ maxLength: 8 }), fc.string({ unit: "binary", maxLength: 4 })) });
  if (t.knownValues?.length) {
    const values = t.knownValues.map((v) => v.value);
    // Closed values (allowedValues) are mostly right; near misses as a client might send them.
    options.push({ weight: t.closed ? 40 : 3, arbitrary: fc.constantFrom(...values) });
    options.push({ weight: 2, arbitrary: fc.constantFrom(...nearMisses(values)) });
  }
  return fc.oneof(...options);
}

/** Values next to `values`: other case, a suffix, a cut, and common wrong spellings. */
export function nearMisses(values: readonly string[]): string[] {
  const near = values.flatMap((v) => [v.toLowerCase(), `${v}X`, v.slice(1), ` ${v}`]);
  return [...new Set([...near, "", "BASIC", "__proto__"])].filter((v) => !values.includes(v));
}

export function numberArb(t: IrNumberType): fc.Arbitrary<number> {
  const integer = t.kind === "integer" || t.kind === "long";
  const lo = t.minimum ?? -1000;
  const hi = t.maximum ?? 1000;
  const edges = [t.minimum, t.maximum, ...(t.excluded ?? [])].flatMap((b) => (b === undefined ? [] : [b - 1, b, b + 1, b - 0.5, b + 0.5]));
  const specials = [0, -0, 1, -1, 0.5, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), 1e300, -1e300, 5e-324];
  // fc.integer takes safe integers only: a long's range (±2^63) is covered by the safe part plus the edges above.
  const safe = (n: number) => Math.min(Math.max(n, Number.MIN_SAFE_INTEGER), Number.MAX_SAFE_INTEGER);
  const inRange = integer ? fc.integer({ min: safe(Math.ceil(lo)), max: safe(Math.floor(hi)) }) : fc.double({ min: lo, max: hi, noNaN: true });
  return fc.oneof(
    { weight: 10, arbitrary: inRange },
    { weight: 4, arbitrary: fc.constantFrom(...edges, ...specials) },
    { weight: 2, arbitrary: integer ? fc.integer() : fc.double() },
    { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity) },
  );
}

export function timestampArb(t: IrTimestampType): fc.Arbitrary<unknown> {
  const date = fc.date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59Z"), noInvalidDate: true });
  if (t.format === "epoch-seconds") return fc.oneof(date.map((d) => d.getTime() / 1000), fc.constantFrom(NaN, Infinity, "1594179000"));
  const good = t.format === "date-time"
    ? fc.oneof(date.map((d) => d.toISOString()), date.map((d) => d.toISOString().replace("Z", "+0000")), date.map((d) => d.toISOString().replace("T", " ").replace("Z", "+05:30")))
    : date.map((d) => d.toUTCString());
  // Calendar and clock edges: each field one past its range, 29 February in and out of leap years, leap seconds.
  const fields = fc.record({
    y: fc.constantFrom("2000", "1900", "2024", "2023", "0000", "2100", "2400"),
    mo: fc.constantFrom("00", "01", "02", "04", "12", "13"),
    d: fc.constantFrom("00", "01", "28", "29", "30", "31", "32"),
    h: fc.constantFrom("00", "23", "24", "99"),
    mi: fc.constantFrom("00", "59", "60"),
    s: fc.constantFrom("00", "59", "60", "60.5", "61"),
    sep: fc.constantFrom("T", "t", " ", "\t", "\u00a0", "\u2028", "x", "TT"),
    tz: fc.constantFrom("Z", "z", "+00:00", "-01:00", "+01:00", "+0000", "+00", "+2400", "+23:59", "-23:59", "+00:60", "", "+1", "UTC"),
    wd: fc.constantFrom("Mon", "Sun", "Sat"),
    mon: fc.constantFrom("Jan", "Feb", "Apr", "Dec", "feb"),
  });
  const edge = fields.map((f) =>
    t.format === "date-time"
      ? `${f.y}-${f.mo}-${f.d}${f.sep}${f.h}:${f.mi}:${f.s}${f.tz}`
      : `${f.wd}, ${f.d} ${f.mon} ${f.y} ${f.h}:${f.mi}:${f.s.slice(0, 2)} GMT`,
  );
  const bad = fc.constantFrom("2020-13-01T00:00:00Z", "2020-07-08T24:00:00Z", "2020-07-08", "Sun, 06 Nov 1994 08:49:37 GMT", "2020-07-08T03:27:52Z", "sunday", "", "06 Nov 1994 08:49:37 GMT");
  return fc.oneof({ weight: 12, arbitrary: good }, { weight: 3, arbitrary: edge }, { weight: 1, arbitrary: bad });
}

export class ValueArbitraries {
  private readonly shapes: ReadonlyMap<string, IrShape>;

  /** `wire`: members by wire name (a JSON body as sent), else by documented name. */
  constructor(
    readonly service: IrService,
    readonly wire = false,
  ) {
    this.shapes = new Map(service.shapes.map((s) => [s.name, s] as const));
  }

  private nameOf(m: IrStructureShape["members"][number]): string {
    return this.wire ? m.wireName : m.name;
  }

  /** A request body: the body members of an input, by wire name (a `wire` instance). */
  body(shape: IrStructureShape): fc.Arbitrary<unknown> {
    return this.structure({ ...shape, members: shape.members.filter((m) => m.location === "body") });
  }

  /** Near-valid values of `type`; `depth` stops recursive shapes from nesting forever. */
  value(type: IrType, depth = 0): fc.Arbitrary<unknown> {
    switch (type.kind) {
      case "string":
        return maybeWrong(stringArb(type));
      case "integer":
      case "long":
      case "float":
      case "double":
        return maybeWrong(numberArb(type));
      case "boolean":
        return maybeWrong(fc.boolean());
      case "timestamp":
        return maybeWrong(timestampArb(type));
      case "list":
        return maybeWrong(this.list(type, depth));
      case "map":
        return maybeWrong(this.map(type, depth));
      case "ref": {
        const s = this.shapes.get(type.name)!;
        if (s.kind === "enum") return maybeWrong(this.enumValue(s.values.map((v) => v.value)));
        return this.structure(s, depth + 1);
      }
    }
  }

  private enumValue(values: string[]): fc.Arbitrary<string> {
    const near = values.flatMap((v) => [v.toLowerCase(), `${v}X`, v.slice(1)]).filter((v) => !values.includes(v));
    return fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: fc.constantFrom("", "__proto__", ...near) });
  }

  private list(t: IrListType, depth: number): fc.Arbitrary<unknown[]> {
    const min = Math.max(0, (t.minItems ?? 0) - 1);
    const max = Math.min((t.maxItems ?? 3) + 1, Math.max(min, 4) + 2);
    return fc.array(this.value(t.items, depth), { minLength: min, maxLength: max });
  }

  private map(t: IrMapType, depth: number): fc.Arbitrary<Record<string, unknown>> {
    const k = t.key;
    const key = k.kind === "ref"
      ? (() => {
          const e = this.shapes.get(k.name);
          const values = e?.kind === "enum" ? e.values.map((v) => v.value) : ["K"];
          return fc.oneof({ weight: 10, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: fc.constantFrom("BAD_KEY", values[0]!.toLowerCase(), ...HOSTILE_KEYS) });
        })()
      : fc.oneof({ weight: 8, arbitrary: k.kind === "string" ? stringArb(k) : fc.string({ maxLength: 8 }) }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_KEYS) });
    const min = Math.max(0, (t.minEntries ?? 0) - 1);
    const max = Math.min((t.maxEntries ?? 3) + 1, Math.max(min, 4) + 2);
    return fc
      .uniqueArray(fc.tuple(key, this.value(t.value, depth)), { selector: (e) => e[0], minLength: min, maxLength: max })
      .map((entries) => objectOf(entries));
  }

  /** A structure: members present or not (required ones dropped rarely), plus rare extra members. */
  structure(shape: IrStructureShape, depth = 0): fc.Arbitrary<unknown> {
    const members = shape.members.filter((m) => depth < 4 || m.required);
    const presence = (required: boolean) => (required ? fc.oneof({ weight: 40, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }) : fc.boolean());
    const names = shape.members.map((m) => this.nameOf(m));
    const extraKeys = [...HOSTILE_KEYS, "extra", ...shape.members.flatMap((m) => [m.wireName, m.name, m.name.toUpperCase()]).filter((k) => !names.includes(k))];
    const extras = fc.oneof(
      { weight: 16, arbitrary: fc.constant([] as Array<[string, unknown]>) },
      { weight: 1, arbitrary: fc.array(fc.tuple(fc.constantFrom(...extraKeys), wrongType), { minLength: 1, maxLength: 2 }) },
    );
    const built = fc.tuple(fc.tuple(...members.map((m) => fc.tuple(presence(m.required), this.value(m.type, depth)))), extras).map(([values, extra]) => {
      const entries: Array<[string, unknown]> = [];
      members.forEach((m, i) => {
        const [present, v] = values[i]!;
        if (present) entries.push([this.nameOf(m), v]);
      });
      for (const [k, v] of extra) if (!entries.some(([e]) => e === k)) entries.push([k, v]);
      return objectOf(entries);
    });
    return fc.oneof({ weight: 30, arbitrary: built }, { weight: 1, arbitrary: wrongType });
  }
}
