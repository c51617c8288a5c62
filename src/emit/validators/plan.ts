/**
 * Decisions shared by the validator and JSON Schema emitters, so that both
 * carry the same semantics: which unknown-member policy applies where, which
 * (shape, policy) variants exist, and which shapes are recursive.
 *
 * Unknown members are the only thing that differs between an input and an
 * output reading of a structure. A structure reached from the root being
 * validated takes the root's policy; a structure validated on its own (its
 * public `validate<Name>`) takes the policy of the operation root it is, else
 * the input policy when any input reaches it, else the output policy.
 */
import type { IrService, IrShape, IrStructureShape, IrType } from "../../ir/types.js";
import { compareStrings } from "../../util/sort.js";

export type Policy = "reject" | "allow";

export interface ShapeVariant {
  shape: IrStructureShape;
  policy: Policy;
}

export interface ValidationPlan {
  service: IrService;
  shapes: ReadonlyMap<string, IrShape>;
  /** Policy of each structure's public validator and of its schema under its own name. */
  publicPolicy: ReadonlyMap<string, Policy>;
  /** Every (structure, policy) pair some public validator reaches, sorted by name then policy. */
  variants: ShapeVariant[];
  /** Structures on a reference cycle: their checks carry a depth and stop at MAX_DEPTH. */
  recursive: ReadonlySet<string>;
}

export function publicPolicyOf(shape: IrStructureShape, service: IrService): Policy {
  const um = service.unknownMembers;
  if (shape.root) return um[shape.root];
  if (shape.usage.input) return um.input;
  if (shape.usage.output || shape.usage.error) return um.output;
  return um.input;
}

/** Structure names a type refers to, directly or through lists and maps. */
export function structureRefs(type: IrType, shapes: ReadonlyMap<string, IrShape>, out: string[] = []): string[] {
  switch (type.kind) {
    case "list":
      structureRefs(type.items, shapes, out);
      break;
    case "map":
      structureRefs(type.value, shapes, out);
      break;
    case "ref":
      if (shapes.get(type.name)?.kind === "structure") out.push(type.name);
      break;
  }
  return out;
}

export function buildPlan(service: IrService): ValidationPlan {
  const shapes = new Map(service.shapes.map((s) => [s.name, s] as const));
  const publicPolicy = new Map<string, Policy>();
  const seen = new Map<string, ShapeVariant>();
  const visit = (shape: IrStructureShape, policy: Policy) => {
    const key = `${shape.name}\u0000${policy}`;
    if (seen.has(key)) return;
    seen.set(key, { shape, policy });
    for (const m of shape.members)
      for (const ref of structureRefs(m.type, shapes)) visit(shapes.get(ref) as IrStructureShape, policy);
  };
  for (const s of service.shapes) {
    if (s.kind !== "structure") continue;
    const p = publicPolicyOf(s, service);
    publicPolicy.set(s.name, p);
    visit(s, p);
  }
  const variants = [...seen.values()].sort((a, b) => compareStrings(a.shape.name, b.shape.name) || compareStrings(a.policy, b.policy));
  return { service, shapes, publicPolicy, variants, recursive: recursiveShapes(service, shapes) };
}

/** Structures that can reach themselves through member references. */
function recursiveShapes(service: IrService, shapes: ReadonlyMap<string, IrShape>): Set<string> {
  const edges = new Map<string, string[]>();
  for (const s of service.shapes) if (s.kind === "structure") edges.set(s.name, s.members.flatMap((m) => structureRefs(m.type, shapes)));
  const out = new Set<string>();
  for (const start of edges.keys()) {
    const stack = [...(edges.get(start) ?? [])];
    const seen = new Set<string>();
    while (stack.length) {
      const n = stack.pop()!;
      if (n === start) {
        out.add(start);
        break;
      }
      if (seen.has(n)) continue;
      seen.add(n);
      stack.push(...(edges.get(n) ?? []));
    }
  }
  return out;
}

/** Internal function names: `c` checks (pass/fail), `v` collects problems. Not exported, so not IR names. */
export function checkFn(name: string, policy: Policy): string {
  return `c$${name}$${policy === "reject" ? "r" : "a"}`;
}
export function detailFn(name: string, policy: Policy): string {
  return `v$${name}$${policy === "reject" ? "r" : "a"}`;
}
export function enumCheckFn(name: string): string {
  return `c$${name}`;
}
