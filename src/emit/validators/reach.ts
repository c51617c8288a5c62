/**
 * What each structure reaches through its members (lists, maps, refs), and
 * the facts that follow: which structures are recursive, which have a wire
 * form that differs from the documented one, which have rules the vendor's
 * model leaves open (so a lenient form that differs).
 */
import type { IrShape, IrStructureShape, IrType } from "../../ir/types.js";

export interface Reach {
  /** Structure names a type refers to, directly or through lists and maps. */
  refsOf(type: IrType): string[];
  /** Every structure (by name) with the structures it reaches, itself excluded unless on a cycle. */
  readonly reached: ReadonlyMap<string, ReadonlySet<string>>;
  readonly structures: ReadonlyMap<string, IrStructureShape>;
}

/** Every type inside `type` (itself, list items, map keys and values), refs not followed. */
export function typesIn(type: IrType, out: IrType[] = []): IrType[] {
  out.push(type);
  if (type.kind === "list") typesIn(type.items, out);
  else if (type.kind === "map") {
    typesIn(type.key, out);
    typesIn(type.value, out);
  }
  return out;
}

export function reachable(all: readonly IrShape[], shapes: ReadonlyMap<string, IrShape>): Reach {
  const structures = new Map<string, IrStructureShape>();
  for (const s of all) if (s.kind === "structure" && !structures.has(s.name)) structures.set(s.name, s);
  const refsOf = (type: IrType): string[] =>
    typesIn(type).flatMap((t) => (t.kind === "ref" && shapes.get(t.name)?.kind === "structure" ? [t.name] : []));
  const edges = new Map<string, string[]>();
  for (const s of structures.values()) edges.set(s.name, s.members.flatMap((m) => refsOf(m.type)));
  const reached = new Map<string, Set<string>>();
  for (const start of structures.keys()) {
    const seen = new Set<string>();
    const stack = [...(edges.get(start) ?? [])];
    while (stack.length) {
      const n = stack.pop()!;
      if (seen.has(n)) continue;
      seen.add(n);
      stack.push(...(edges.get(n) ?? []));
    }
    reached.set(start, seen);
  }
  return { refsOf, reached, structures };
}

/** Structures that can reach themselves. */
export function recursiveShapes(reach: Reach): Set<string> {
  return new Set([...reach.reached].filter(([name, seen]) => seen.has(name)).map(([name]) => name));
}

/** Structures that, or whose reached structures, have a member whose wire name is not its documented name. */
export function needsWire(reach: Reach): Set<string> {
  const own = (name: string) => reach.structures.get(name)?.members.some((m) => m.wireName !== m.name) ?? false;
  return withReached(reach, own);
}

/** Structures that, or whose reached structures, have a type with rules open in the vendor's model. */
export function needsLenient(reach: Reach): Set<string> {
  const own = (name: string) => reach.structures.get(name)?.members.some((m) => typesIn(m.type).some((t) => (t.openInModel?.length ?? 0) > 0)) ?? false;
  return withReached(reach, own);
}

function withReached(reach: Reach, own: (name: string) => boolean): Set<string> {
  const out = new Set<string>();
  for (const [name, seen] of reach.reached) if (own(name) || [...seen].some(own)) out.add(name);
  return out;
}
