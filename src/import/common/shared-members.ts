/**
 * Service-wide members: a path, query or header member that several
 * operations have with the same name, wire name, location, type and
 * constraints is declared once in service.yaml `members:` and each input
 * lists it under `include:`. Documentation may differ between operations;
 * the shared copy takes the text most of them use.
 */
import type { RawMember, RawTypeDef } from "../../spec/raw.js";
import { compareStrings } from "../../util/sort.js";

const SHAREABLE = new Set(["path", "query", "header"]);

/** What makes two members the same member: everything but their documentation. */
export function memberIdentity(m: RawMember): string {
  const { documentation: _doc, ...rest } = m;
  return stableJson(rest);
}

function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(",")}]`;
  if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort(compareStrings)
      .filter((k) => o[k] !== undefined && k !== "documentation")
      .map((k) => `${JSON.stringify(k)}:${stableJson(o[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(v);
}

/** The outcome of `shareMembers`. */
export interface SharedMembers {
  /** Members to declare in service.yaml (new ones only; existing ones are used as they are). */
  added: Record<string, RawMember>;
  /** Every shared member name an input may include (existing and added). */
  names: Set<string>;
}

/**
 * Finds the shared members among the inline inputs (by operation name) and
 * rewrites each input: shared members leave `members` and enter `include`.
 * `existing` is service.yaml's `members:` when the folder has one.
 */
export function shareMembers(
  inputs: ReadonlyMap<string, RawTypeDef>,
  existing: Record<string, RawMember> | undefined,
): SharedMembers {
  const uses = new Map<string, { member: RawMember; ops: string[]; docs: string[] }>();
  for (const [op, input] of [...inputs].sort((a, b) => compareStrings(a[0], b[0]))) {
    for (const [name, m] of Object.entries(input.members ?? {})) {
      if (!SHAREABLE.has(m.location ?? "body")) continue;
      const key = `${name}\u0000${memberIdentity(m)}`;
      const u = uses.get(key) ?? { member: m, ops: [], docs: [] };
      u.ops.push(op);
      if (m.documentation) u.docs.push(m.documentation);
      uses.set(key, u);
    }
  }
  const chosen = new Map<string, string>();
  const added: Record<string, RawMember> = {};
  const names = new Set<string>();
  for (const [name, m] of Object.entries(existing ?? {})) {
    chosen.set(name, `${name}\u0000${memberIdentity(m)}`);
    names.add(name);
  }
  // The most used identity of each name wins; an existing declaration always does.
  const ranked = [...uses]
    .filter(([, u]) => u.ops.length >= 2)
    .sort((a, b) => b[1].ops.length - a[1].ops.length || compareStrings(a[0], b[0]));
  for (const [key, u] of ranked) {
    const name = key.slice(0, key.indexOf("\u0000"));
    if (chosen.has(name)) continue;
    chosen.set(name, key);
    names.add(name);
    const doc = mostCommon(u.docs);
    const { documentation: _d, ...rest } = u.member;
    added[name] = doc ? { ...rest, documentation: doc } : rest;
  }
  for (const input of inputs.values()) {
    const include: string[] = [];
    const members: Record<string, RawMember> = {};
    for (const [name, m] of Object.entries(input.members ?? {})) {
      if (
        chosen.get(name) === `${name}\u0000${memberIdentity(m)}` &&
        SHAREABLE.has(m.location ?? "body")
      )
        include.push(name);
      else members[name] = m;
    }
    if (include.length) {
      input.include = [...(input.include ?? []), ...include];
      input.members = members;
    }
  }
  const sortedAdded: Record<string, RawMember> = {};
  for (const k of Object.keys(added).sort(compareStrings)) sortedAdded[k] = added[k]!;
  return { added: sortedAdded, names };
}

function mostCommon(texts: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
  let best: string | undefined;
  for (const [t, n] of counts) if (best === undefined || n > counts.get(best)!) best = t;
  return best;
}
