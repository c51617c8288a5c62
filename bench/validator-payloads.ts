/**
 * Benchmark payloads generated from a JSON Schema (not from the IR, and not
 * shaped by the generated code): valid values, and invalid ones made from a
 * valid value by the mistakes clients make — a wrong type, a bad enum value,
 * a bad map key, a missing required member, a string too long or too short,
 * a number out of range, an extra member, a deep object where a scalar
 * belongs. Seeded, so that every run measures the same payloads. Each
 * payload goes through JSON text, so objects have the layout `JSON.parse`
 * gives them.
 */
import fc from "fast-check";

type Schema = Record<string, any>;

/** A small seeded PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A place in a generated value where a mistake can be made: the node's schema and how to replace it. */
interface Site {
  schema: Schema;
  /** The value generated there. */
  node: unknown;
  /** The containing object and key (or array and index); undefined for the root. */
  parent?: Record<string, unknown> | unknown[];
  key?: string | number;
}

/** An own enumerable property, `__proto__` included (as JSON.parse makes it). */
function define(o: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

const WORDS = ["pets", "orders", "user", "id", "alpha", "beta", "gamma", "delta", "read", "write", "x-trace", "default", "v2", "eu-west-1", "TodoModel"];

export class PayloadGenerator {
  private readonly random: () => number;
  private sites: Site[] = [];

  constructor(
    private readonly root: Schema,
    seed: number,
  ) {
    this.random = rng(seed);
  }

  private int(lo: number, hi: number): number {
    return lo + Math.floor(this.random() * (hi - lo + 1));
  }
  private pick<T>(xs: readonly T[]): T {
    return xs[this.int(0, xs.length - 1)]!;
  }
  private chance(p: number): boolean {
    return this.random() < p;
  }

  private resolve(schema: Schema): Schema {
    let s = schema;
    while (typeof s.$ref === "string") s = this.root.$defs[decodeURIComponent(s.$ref.slice("#/$defs/".length)).replace(/~1/g, "/").replace(/~0/g, "~")];
    return s;
  }

  private matching(pattern: string, min = 0, max = 40): string {
    const arb = fc.stringMatching(new RegExp(pattern, "u")).filter((s) => [...s].length >= min && [...s].length <= max);
    return fc.sample(arb, { seed: this.int(0, 2 ** 30), numRuns: 1 })[0]!;
  }

  private string(s: Schema): string {
    if (s.enum) return this.pick(s.enum as string[]);
    const min = s.minLength ?? 0;
    const max = Math.min(s.maxLength ?? 40, Math.max(min, 40));
    if (s.pattern) return this.matching(s.pattern, min, max);
    if (s.format === "date-time") return new Date(this.int(0, 2_000_000_000) * 1000).toISOString();
    let out = "";
    const target = this.int(min, Math.min(max, min + 24));
    while ([...out].length < target) out += this.pick(WORDS) + (this.chance(0.5) ? "-" : "");
    return [...out].slice(0, target).join("") || (min === 0 ? "" : "a".repeat(min));
  }

  private number(s: Schema): number {
    const lo = s.minimum ?? -1000;
    const hi = s.maximum ?? 100_000;
    for (;;) {
      const v = s.type === "integer" ? this.int(lo, hi) : lo + this.random() * (hi - lo);
      if (!(s.not?.enum as number[] | undefined)?.includes(v)) return v;
    }
  }

  /** A valid value of `schema`; records each node as a site where a mistake can be made. */
  valid(schema: Schema, parent?: Site["parent"], key?: Site["key"]): unknown {
    const s = this.resolve(schema);
    const node = this.generate(s);
    this.sites.push({ schema: s, node, parent, key });
    return node;
  }

  private generate(s: Schema): unknown {
    if (s.enum && s.type === "string") return this.pick(s.enum as string[]);
    switch (s.type) {
      case "string":
        return this.string(s);
      case "integer":
      case "number":
        return this.number(s);
      case "boolean":
        return this.chance(0.5);
      case "array": {
        const out: unknown[] = [];
        const n = this.int(s.minItems ?? 0, Math.min(s.maxItems ?? 4, (s.minItems ?? 0) + 4));
        for (let i = 0; i < n; i++) out.push(this.valid(s.items, out, i));
        return out;
      }
      case "object": {
        const out: Record<string, unknown> = {};
        if (s.properties) {
          const required = new Set<string>(s.required ?? []);
          for (const [name, sub] of Object.entries(s.properties as Record<string, Schema>)) {
            if (required.has(name) || this.chance(0.6)) define(out, name, this.valid(sub, out, name));
          }
        } else if (s.additionalProperties && typeof s.additionalProperties === "object") {
          const n = this.int(s.minProperties ?? 0, Math.min(s.maxProperties ?? 4, 4));
          for (let i = 0; i < n; i++) {
            const k = s.propertyNames ? this.string(this.resolve(s.propertyNames)) : this.pick(WORDS);
            define(out, k, this.valid(s.additionalProperties, out, k));
          }
        }
        return out;
      }
      default:
        return null;
    }
  }

  /** A fresh valid payload, with the sites where mistakes can be made. */
  private fresh(): { value: unknown; sites: Site[] } {
    this.sites = [];
    const value = this.valid(this.root.$defs[this.rootKey!]);
    return { value, sites: this.sites };
  }

  private rootKey?: string;

  /**
   * `count` payloads of `$defs/<key>`, about `invalidShare` of them invalid
   * (in a seeded order). `judge` (a reference validator) keeps each payload
   * on its intended side: a mistake that happens to be valid is redrawn.
   */
  payloads(key: string, count: number, invalidShare: number, judge: (value: unknown) => boolean): unknown[] {
    this.rootKey = key;
    const out: unknown[] = [];
    while (out.length < count) {
      const bad = this.chance(invalidShare);
      for (let attempt = 0; attempt < 50; attempt++) {
        const { value, sites } = this.fresh();
        const payload = JSON.parse(JSON.stringify(bad ? this.spoil(value, sites) : value)) as unknown;
        if (judge(payload) === !bad) {
          out.push(payload);
          break;
        }
      }
    }
    return out;
  }

  /** One to three mistakes in `value`. */
  private spoil(value: unknown, sites: Site[]): unknown {
    let root = value;
    const mistakes = this.pick([1, 1, 1, 2, 3]);
    for (let i = 0; i < mistakes; i++) {
      const site = this.pick(sites);
      const replaced = this.mistake(site);
      if (replaced === undefined) continue;
      if (site.parent === undefined) root = replaced.value;
      else (site.parent as Record<string | number, unknown>)[site.key!] = replaced.value;
    }
    return root;
  }

  /** A mistake at `site`: a new value for it (objects may be edited in place). */
  private mistake(site: Site): { value: unknown } | undefined {
    const s = site.schema;
    const current = site.node;
    // Every node can get a wrong type (now and then a deep object); the rest where the schema has the rule.
    const kinds = ["type", "type", this.chance(0.3) ? "deep" : "type"];
    if (s.enum) kinds.push("enum", "enum");
    if (s.maxLength !== undefined || s.minLength) kinds.push("length", "length");
    if (s.pattern) kinds.push("pattern");
    if (s.minimum !== undefined || s.maximum !== undefined) kinds.push("range", "range");
    if (s.type === "object" && s.required?.length) kinds.push("required", "required");
    if (s.type === "object" && s.additionalProperties === false) kinds.push("extra", "extra");
    if (s.type === "object" && s.propertyNames) kinds.push("key", "key");
    switch (this.pick(kinds)) {
      case "type":
      {
        const wrong: unknown[] = s.type === "string" ? [42, true, null, ["a"]] : s.type === "object" ? ["text", 7, [], null] : s.type === "array" ? [{}, "a,b", 3] : ["12", null, {}, "true"];
        return { value: this.pick(wrong) };
      }
      case "deep": {
        let deep: unknown = "leaf";
        for (let i = this.int(20, 80); i > 0; i--) deep = { nested: deep };
        return { value: deep };
      }
      case "enum":
        return { value: this.pick([String((current as string) ?? "x").toLowerCase(), "BASIC", "UNKNOWN_VALUE", ""]) };
      case "length":
        return { value: s.maxLength !== undefined ? "x".repeat(s.maxLength + this.int(1, 10)) : "" };
      case "pattern":
        return { value: this.pick(["has space", "!bad!", "querystring.page", ""]) };
      case "range":
        return { value: s.maximum !== undefined && this.chance(0.5) ? s.maximum + this.int(1, 100) : (s.minimum ?? 0) - this.int(1, 100) };
      case "required":
        if (current && typeof current === "object") delete (current as Record<string, unknown>)[this.pick(s.required as string[])];
        return undefined;
      case "extra":
        if (current && typeof current === "object") define(current as Record<string, unknown>, this.pick(["extra", "Extra_Field", "__proto__", "debug"]), this.pick([1, "x", {}]));
        return undefined;
      case "key":
        if (current && typeof current === "object") define(current as Record<string, unknown>, this.pick(["querystring.page", "__proto__", "not_a_key", "throttled"]), this.valid(s.additionalProperties));
        return undefined;
    }
    return undefined;
  }
}
