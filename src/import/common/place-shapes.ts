/**
 * Where each drafted named shape is declared: in the one operation file that
 * uses it, or in service.yaml when several operations (or service-wide
 * members and errors) use it. A shape a kept file of the folder already
 * declares is not declared again: `ref:` finds it service-wide.
 */
import type { RawMember, RawTypeDef } from "../../spec/raw.js";
import { compareStrings } from "../../util/sort.js";

/** Named shapes referred to by `defs`, directly or through other named shapes of `named`. */
export function reachableShapes(
  defs: Iterable<RawTypeDef>,
  named: ReadonlyMap<string, RawTypeDef>,
): Set<string> {
  const seen = new Set<string>();
  const visit = (t: RawTypeDef | undefined) => {
    if (!t) return;
    if (t.ref !== undefined) {
      if (seen.has(t.ref)) return;
      seen.add(t.ref);
      visit(named.get(t.ref));
      return;
    }
    visit(t.items);
    visit(t.keys);
    if (t.values && !Array.isArray(t.values)) visit(t.values);
    for (const m of Object.values(t.members ?? {})) visit(m);
  };
  for (const d of defs) visit(d);
  return seen;
}

/** Which file declares each drafted shape. */
export interface Placement {
  /** Shapes service.yaml declares (new ones). */
  service: string[];
  /** Operation name -> shapes its file declares. */
  operations: Map<string, string[]>;
  /** Shapes left to an existing declaration. */
  reused: string[];
}

/**
 * Places every shape in `named` that something uses. `users` maps an
 * operation name to the shapes it reaches; `serviceUsed` are shapes reached
 * from service.yaml's own declarations (shared members, errors).
 */
export function placeShapes(
  named: ReadonlyMap<string, RawTypeDef>,
  users: ReadonlyMap<string, ReadonlySet<string>>,
  serviceUsed: ReadonlySet<string>,
  declaredElsewhere: (name: string) => boolean,
): Placement {
  const byShape = new Map<string, string[]>();
  for (const [op, shapes] of [...users].sort((a, b) => compareStrings(a[0], b[0]))) {
    for (const s of shapes) byShape.set(s, [...(byShape.get(s) ?? []), op]);
  }
  const placement: Placement = { service: [], operations: new Map(), reused: [] };
  for (const name of [...named.keys()].sort(compareStrings)) {
    const ops = byShape.get(name) ?? [];
    if (!ops.length && !serviceUsed.has(name)) continue;
    if (declaredElsewhere(name)) placement.reused.push(name);
    else if (ops.length >= 2 || serviceUsed.has(name)) placement.service.push(name);
    else placement.operations.set(ops[0]!, [...(placement.operations.get(ops[0]!) ?? []), name]);
  }
  return placement;
}

/** Ways an existing declaration differs from the drafted one in what the model states (documentation aside). */
export function shapeDifferences(existing: RawTypeDef, drafted: RawTypeDef): string[] {
  if (existing.type !== drafted.type)
    return [`it is ${existing.type ?? "a ref"}, the draft ${drafted.type ?? "a ref"}`];
  if (drafted.type === "enum") {
    const a = enumValues(existing);
    const b = enumValues(drafted);
    const out: string[] = [];
    const lacking = b.filter((v) => !a.includes(v));
    const extra = a.filter((v) => !b.includes(v));
    if (lacking.length) out.push(`lacks ${lacking.join(", ")}`);
    if (extra.length) out.push(`has ${extra.join(", ")} the draft does not`);
    return out;
  }
  const a = existing.members ?? {};
  const b = drafted.members ?? {};
  const out: string[] = [];
  for (const name of Object.keys(b)) {
    if (!Object.hasOwn(a, name)) out.push(`lacks member ${name}`);
    else {
      const why = memberDifference(a[name]!, b[name]!);
      if (why) out.push(`member ${name} ${why}`);
    }
  }
  for (const name of Object.keys(a))
    if (!Object.hasOwn(b, name)) out.push(`has member ${name} the draft does not`);
  return out;
}

function memberDifference(a: RawMember, b: RawMember): string | undefined {
  if ((a.wireName ?? "") !== (b.wireName ?? ""))
    return `has wire name ${a.wireName ?? "(its name)"}, the draft ${b.wireName ?? "(its name)"}`;
  if ((a.required ?? false) !== (b.required ?? false))
    return a.required ? "is required, the draft optional" : "is optional, the draft required";
  if ((a.ref ?? a.type) !== (b.ref ?? b.type))
    return `is ${a.ref ?? a.type}, the draft ${b.ref ?? b.type}`;
  return undefined;
}

function enumValues(t: RawTypeDef): string[] {
  return Array.isArray(t.values) ? t.values.map((v) => (typeof v === "string" ? v : v.value)) : [];
}
