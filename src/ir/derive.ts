/**
 * Facts derived once every construct is built: which structures are an
 * operation's root, where each structure is used, and which documented
 * error a resource action answers when the spec leaves it to the defaults.
 */
import type { BuildContext } from "./context.js";
import { inputValidationNames } from "./names.js";
import type { IrShape, IrType } from "./shape-types.js";
import type { IrError, IrOperation } from "./types.js";

export function markRootsAndUsage(ctx: BuildContext, operations: readonly IrOperation[], errors: readonly IrError[]): void {
  const byName = new Map<string, IrShape>();
  for (const s of ctx.shapes) if (!byName.has(s.name)) byName.set(s.name, s);
  for (const r of ctx.rootRefs) {
    const s = byName.get(r.name);
    if (s?.kind === "structure" && s.root === null) s.root = r.root;
  }
  const mark = (type: IrType, usage: "input" | "output" | "error", seen: Set<string>) => {
    if (type.kind === "list") mark(type.items, usage, seen);
    else if (type.kind === "map") {
      mark(type.key, usage, seen);
      mark(type.value, usage, seen);
    } else if (type.kind === "ref" && !seen.has(type.name)) {
      seen.add(type.name);
      const s = byName.get(type.name);
      if (s?.kind === "structure") {
        s.usage[usage] = true;
        for (const m of s.members) mark(m.type, usage, seen);
      }
    }
  };
  const ref = (name: string): IrType => ({ kind: "ref", name, loc: { file: "", line: 1, col: 1 }, fields: {} });
  for (const op of operations) {
    mark(ref(op.input), "input", new Set());
    if (op.output !== undefined) mark(ref(op.output), "output", new Set());
  }
  for (const e of errors) for (const m of e.members) mark(m.type, "error", new Set());
  for (const s of ctx.shapes) if (s.kind === "structure" && s.root === "input") Object.assign(s, inputValidationNames(s.name));
}

/** Actions on a missing instance answer the operation's one 404 error; a create of an existing one its one 409. */
export function deriveResourceErrors(operations: readonly IrOperation[]): void {
  const only = (op: IrOperation, status: number) => {
    const found = op.errors.filter((e) => e.status === status);
    return found.length === 1 ? found[0]!.name : undefined;
  };
  for (const op of operations) {
    const r = op.resource;
    if (!r) continue;
    if (r.notFoundError === undefined && r.action !== "create" && r.action !== "upsert") r.notFoundError = only(op, 404);
    if (r.conflictError === undefined && r.action === "create") r.conflictError = only(op, 409);
    if (r.invalidPatchError === undefined && r.action === "patch") r.invalidPatchError = only(op, 400);
  }
}
