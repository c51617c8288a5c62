/**
 * Visits every member of a service once (shared members, structure members,
 * error members) and every type inside it, so that checks and emitters need
 * not repeat the traversal.
 */
import type { IrMember, IrType } from "./shape-types.js";
import type { IrService } from "./types.js";

/** Every member declared in the service, each once (included copies of shared members are skipped). */
export function allMembers(service: IrService): IrMember[] {
  const seen = new Set<IrMember>();
  const out: IrMember[] = [];
  const add = (m: IrMember) => {
    if (!seen.has(m) && m.shared === undefined) {
      seen.add(m);
      out.push(m);
    }
  };
  service.members.forEach(add);
  for (const s of service.shapes) if (s.kind === "structure") s.members.forEach(add);
  for (const e of service.errors) e.members.forEach(add);
  for (const op of service.operations) for (const e of op.errors) e.members.forEach(add);
  return out;
}

/**
 * Calls `visit` for the type of every member and every type nested in it
 * (list items, map keys and values; refs are not followed). `label` says
 * where, for messages: `'tags'`, `'tags' items`, `'tags' values`.
 */
export function forEachType(service: IrService, visit: (type: IrType, member: IrMember, label: string) => void): void {
  for (const m of allMembers(service)) {
    const walk = (t: IrType, suffix: string) => {
      visit(t, m, `'${m.name}'${suffix}`);
      if (t.kind === "list") walk(t.items, `${suffix} items`);
      else if (t.kind === "map") {
        walk(t.key, `${suffix} keys`);
        walk(t.value, `${suffix} values`);
      }
    };
    walk(m.type, "");
  }
}
