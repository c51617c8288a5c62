/** service.yaml `resources:` and an operation's `resource:` action on one. */
import type { RawOperationResource, RawResource } from "../spec/raw.js";
import { sortBy } from "../util/sort.js";
import type { IrResource, IrResourceAction, JsonValue } from "./types.js";
import { keyLoc, locOf, under, type Where } from "./where.js";

export function buildResources(raw: Record<string, RawResource> | undefined, where: Where): IrResource[] {
  const out: IrResource[] = [];
  for (const name of Object.keys(raw ?? {})) {
    const r = raw![name]!;
    const w = under(where, name);
    out.push({
      name,
      documentation: r.documentation,
      key: r.key ?? [],
      parent: r.parent,
      id: r.id,
      initial: (r.initial ?? []).map((i) => ({ key: i.key ?? {}, value: i.value as JsonValue })),
      loc: keyLoc(w),
      at: {
        parent: r.parent === undefined ? undefined : locOf(under(w, "parent")),
        key: (r.key ?? []).map((_, i) => locOf(under(w, "key", i))),
        id: r.id === undefined ? undefined : locOf(under(w, "id")),
      },
    });
  }
  return sortBy(out, (r) => r.name);
}

export function buildOperationResource(r: RawOperationResource, where: Where): IrResourceAction {
  const at = (f: keyof IrResourceAction["at"], raw: string) =>
    Object.hasOwn(r, raw) ? { [f]: locOf(under(where, raw)) } : {};
  return {
    resource: r.name,
    action: r.action,
    notFoundError: r.notFoundError,
    conflictError: r.conflictError,
    invalidPatchError: r.invalidPatchError,
    readOnlyPaths: r.readOnlyPaths ?? [],
    echo: sortBy(
      Object.keys(r.echo ?? {}).map((output) => ({ output, input: r.echo![output]!, loc: keyLoc(under(where, "echo", output)) })),
      (e) => e.output,
    ),
    items: r.items,
    loc: keyLoc(where),
    at: {
      ...at("resource", "name"),
      ...at("action", "action"),
      ...at("notFoundError", "notFoundError"),
      ...at("conflictError", "conflictError"),
      ...at("invalidPatchError", "invalidPatchError"),
      ...at("items", "items"),
    },
  };
}
