/**
 * Which detected resource actions the drafted operations can carry: the spec
 * checker requires a not-found error for read/update/patch/delete of a keyed
 * resource, a conflict error for a create without a generated id, and a
 * resource declared with the same key. Actions that lack one are left out
 * with a note, so that the draft compiles.
 */
import type { RawOperationResource, RawResource } from "../../spec/raw.js";
import type { DraftNote } from "../common/draft-file.js";
import { compareStrings } from "../../util/sort.js";
import type { DetectedResource } from "./resources.js";
import { resourceDeclaration } from "./resources.js";

/** The resources service.yaml gains and the action of each drafted operation. */
export interface ResourcePlan {
  /** Declarations service.yaml gains. */
  declare: Record<string, RawResource>;
  /** Operation name -> its `resource:`. */
  actions: Map<string, RawOperationResource>;
}

/** Keeps the detected actions the drafted operations can carry; `existing` is service.yaml's `resources:`. */
export function planResourceActions(
  detected: readonly DetectedResource[],
  ops: ReadonlyMap<string, { errorStatuses: ReadonlyMap<string, number> }>,
  existing: Record<string, RawResource> | undefined,
  notes: DraftNote[],
): ResourcePlan {
  const plan: ResourcePlan = { declare: {}, actions: new Map() };
  for (const r of detected) {
    const declared = existing && Object.hasOwn(existing, r.name) ? existing[r.name] : undefined;
    if (declared && (declared.key ?? []).join(",") !== r.key.join(",")) {
      const acting = [...r.actions.keys()].filter((n) => ops.has(n));
      if (acting.length)
        notes.push({
          level: "info",
          text: `resource ${r.name}: service.yaml declares key [${(declared.key ?? []).join(", ")}], the paths say [${r.key.join(", ")}]; no resource action drafted for ${acting.join(", ")}`,
        });
      continue;
    }
    let used = false;
    for (const [opName, action] of [...r.actions].sort((a, b) => compareStrings(a[0], b[0]))) {
      const op = ops.get(opName);
      if (!op) continue;
      const a = withErrors(r, action, op.errorStatuses);
      if (typeof a === "string") {
        notes.push({ level: "info", text: `${opName}: no resource action drafted (${a})` });
        continue;
      }
      plan.actions.set(opName, a);
      used = true;
    }
    if (used && !declared) plan.declare[r.name] = resourceDeclaration(r);
  }
  return plan;
}

/** The action with the errors it answers, or why it cannot have them. */
function withErrors(
  r: DetectedResource,
  action: RawOperationResource,
  statuses: ReadonlyMap<string, number>,
): RawOperationResource | string {
  const having = (status: number) =>
    [...statuses]
      .filter(([, s]) => s === status)
      .map(([n]) => n)
      .sort(compareStrings);
  const out: RawOperationResource = { ...action };
  const needsNotFound =
    ["read", "update", "patch", "delete"].includes(action.action) && r.key.length > 0;
  if (needsNotFound) {
    const nf = having(404);
    if (!nf.length)
      return `${action.action} of ${r.name} needs a 404 error and the operation has none`;
    if (nf.length > 1) out.notFoundError = nf[0]!;
  }
  if (action.action === "create" && !r.id) {
    const c = having(409);
    if (!c.length) return `create of ${r.name} needs a 409 error and the operation has none`;
    if (c.length > 1) out.conflictError = c[0]!;
  }
  if (action.action === "patch") {
    const bad = having(400);
    if (bad.length > 1) out.invalidPatchError = bad[0]!;
  }
  return out;
}
