/**
 * The resource model: every operation's `resource:` names a declared
 * resource whose key members its input has, the errors it answers are its
 * own, and each action has what it needs (a not-found error to answer a
 * missing instance, a conflict error for a create, `patchOperations` for a patch).
 */
import type { IrOperation, IrResource, IrService, IrStructureShape, SourceLocation } from "../ir/types.js";
import { error, type Diagnostic } from "./diagnostics.js";
import { suggest } from "./did-you-mean.js";

export function checkResources(service: IrService, out: Diagnostic[]): void {
  const resources = new Map(service.resources.map((r) => [r.name, r] as const));
  const structure = (name: string | undefined) =>
    service.shapes.find((s): s is IrStructureShape => s.kind === "structure" && s.name === name);
  for (const r of service.resources) {
    const parent = r.parent === undefined ? undefined : resources.get(r.parent);
    if (parent) {
      parent.key.forEach((k) => {
        if (!r.key.includes(k)) out.push(error(r.at.parent ?? r.loc, "resource-parent", `resource '${r.name}' lives in '${parent.name}' but its key lacks '${k}'`, `a child's key starts with its parent's: ${parent.key.join(", ")}`));
      });
    }
    if (r.id && !r.key.includes(r.id.member)) out.push(error(r.at.id ?? r.loc, "resource-id", `generated id member '${r.id.member}' is not in the key of '${r.name}'`, `key: ${r.key.join(", ")}`));
  }
  for (const op of service.operations) {
    const a = op.resource;
    if (!a) continue;
    const r = resources.get(a.resource);
    const at = (f: keyof typeof a.at): SourceLocation => a.at[f] ?? a.loc;
    if (!r) {
      out.push(error(at("resource"), "unknown-resource", `resource '${a.resource}' is not declared`, suggest(a.resource, [...resources.keys()], "resources in service.yaml", "declare it under `resources:` in service.yaml")));
      continue;
    }
    const input = structure(op.input);
    const output = structure(op.output);
    const inNames = input?.members.map((m) => m.name) ?? [];
    const outNames = output?.members.map((m) => m.name) ?? [];
    const keyed = r.key.filter((k) => !(a.action === "create" && r.id?.member === k) && !(a.action === "list" && k === r.key[r.key.length - 1]));
    for (const k of keyed) {
      if (input && !inNames.includes(k)) out.push(error(at("resource"), "resource-key", `${op.name} acts on '${r.name}' but its input has no key member '${k}'`, `input members: ${inNames.join(", ") || "(none)"}`));
    }
    for (const f of ["notFoundError", "conflictError", "invalidPatchError"] as const) {
      const name = a[f];
      if (name !== undefined && !op.errors.some((e) => e.name === name)) {
        out.push(error(at(f), "resource-error", `${f} '${name}' is not one of ${op.name}'s errors`, op.errors.length ? suggest(name, op.errors.map((e) => e.name), "errors", "") : `add it under errors: in ${op.loc.file}`));
      }
    }
    needs(op, r, inNames, out);
    for (const e of a.echo) {
      if (output && !outNames.includes(e.output)) out.push(error(e.loc, "resource-echo", `echo output member '${e.output}' does not exist`, `output members: ${outNames.join(", ")}`));
      if (input && !inNames.includes(e.input)) out.push(error(e.loc, "resource-echo", `echo input member '${e.input}' does not exist`, `input members: ${inNames.join(", ")}`));
    }
    if (a.action === "list" && a.items !== undefined && output && !outNames.includes(a.items)) {
      out.push(error(at("items"), "resource-items", `list items member '${a.items}' is not an output member`, `output members: ${outNames.join(", ")}`));
    }
  }
}

function needs(op: IrOperation, r: IrResource, inNames: readonly string[], out: Diagnostic[]): void {
  const a = op.resource!;
  const at = a.at.action ?? a.loc;
  const singleton = r.key.length === 0;
  if ((a.action === "read" || a.action === "update" || a.action === "patch" || a.action === "delete") && !singleton && a.notFoundError === undefined) {
    out.push(error(at, "resource-error", `${a.action} of '${r.name}' needs the error answered for a missing instance`, "add notFoundError, or list a 404 error in errors:"));
  }
  if (a.action === "create" && r.id === undefined && a.conflictError === undefined) {
    out.push(error(at, "resource-error", `create of '${r.name}' needs the error answered when the instance exists`, "add conflictError, or list a 409 error in errors:"));
  }
  if (a.action === "patch" && !inNames.includes("patchOperations")) {
    out.push(error(at, "resource-patch", `patch of '${r.name}' needs an input member 'patchOperations'`, "use update for plain updates"));
  }
}
