/**
 * The named shapes of one imported page (object tables, enumerations), and
 * their names in the service: a shape the folder already declares with the
 * same members (or values) is reused; one that differs gets another name
 * (the operation's noun in front, then a number), so importing a page never
 * redefines what other operations rely on.
 */
import type { RawTypeDef } from "../../spec/raw.js";
import { freeName } from "../common/names.js";

/** The shapes a page's draft declares or reuses, with the renames it made. */
export class ShapeRegistry {
  /** Shapes this draft declares, by final name. */
  readonly declared = new Map<string, RawTypeDef>();
  /** Existing shapes this draft refers to. */
  readonly reused = new Set<string>();
  readonly renamed: Array<{ from: string; to: string; why: string }> = [];

  constructor(
    private readonly existing: ReadonlyMap<string, { file: string; def: RawTypeDef }>,
    private readonly owner: string,
  ) {}

  /** Declares `def` under `name` or a free alternative; returns the name to refer to. */
  add(name: string, def: RawTypeDef): string {
    for (const candidate of [name, `${this.owner}${name}`]) {
      const mine = this.declared.get(candidate);
      if (mine && compatible(mine, def)) return candidate;
      const theirs = this.existing.get(candidate)?.def;
      if (theirs && compatible(theirs, def)) {
        this.reused.add(candidate);
        return candidate;
      }
      if (!mine && !theirs) return this.declare(candidate, def, name);
    }
    return this.declare(
      freeName(`${this.owner}${name}`, (n) => this.declared.has(n) || this.existing.has(n)),
      def,
      name,
    );
  }

  /** The definition of a shape this draft declares or reuses. */
  definition(name: string): RawTypeDef | undefined {
    return this.declared.get(name) ?? this.existing.get(name)?.def;
  }

  private declare(name: string, def: RawTypeDef, wanted: string): string {
    this.declared.set(name, def);
    if (name !== wanted) {
      const where = this.existing.get(wanted)?.file;
      this.renamed.push({
        from: wanted,
        to: name,
        why: where
          ? `${where} declares a different ${wanted}`
          : `this page has two different ${wanted}`,
      });
    }
    return name;
  }
}

/**
 * Whether two declarations describe the same shape as far as a page can
 * tell: the same enum values, or the same member names with the same kinds
 * of type. Documentation, constraints and required flags may differ (a
 * response table states no Mandatory column).
 */
export function compatible(a: RawTypeDef, b: RawTypeDef): boolean {
  if (a.type !== b.type) return false;
  if (a.type === "enum") {
    const va = enumValues(a);
    const vb = enumValues(b);
    return va.length === vb.length && va.every((v) => vb.includes(v));
  }
  const ma = Object.keys(a.members ?? {}).sort();
  const mb = Object.keys(b.members ?? {}).sort();
  if (ma.join() !== mb.join()) return false;
  return ma.every((n) => sameKind(a.members![n]!, b.members![n]!));
}

function sameKind(a: RawTypeDef, b: RawTypeDef): boolean {
  if ((a.ref === undefined) !== (b.ref === undefined)) return false;
  if (a.ref !== undefined) return true;
  if (a.type !== b.type) return false;
  if (a.type === "list") return sameKind(a.items!, b.items!);
  if (a.type === "map") return sameKind(a.values as RawTypeDef, b.values as RawTypeDef);
  return true;
}

function enumValues(t: RawTypeDef): string[] {
  return Array.isArray(t.values) ? t.values.map((v) => (typeof v === "string" ? v : v.value)) : [];
}
