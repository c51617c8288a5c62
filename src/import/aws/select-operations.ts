/**
 * Which operations an import drafts: the ones asked for (all by default),
 * less those the spec format cannot hold beside the others. Two operations
 * may not share a method and path; botocore has pairs that differ only by a
 * fixed query (`POST /restapis` and `POST /restapis?mode=import`), and the
 * one with the query is left out, with a note saying why.
 */
import { closest } from "../../check/did-you-mean.js";
import type { DraftNote } from "../common/draft-file.js";
import { routeKey } from "../common/base-folder.js";
import { UsageError } from "../common/usage-error.js";
import { compareStrings } from "../../util/sort.js";
import type { BotoModel } from "./botocore-model.js";
import type { OperationDraft } from "./operation-draft.js";

/** The requested operation names, validated; all of the model's when none are asked for. */
export function requestedOperations(
  model: BotoModel,
  asked: readonly string[] | undefined,
): string[] {
  const all = Object.keys(model.operations).sort(compareStrings);
  if (!asked?.length) return all;
  const unknown = asked.filter((n) => !Object.hasOwn(model.operations, n));
  if (unknown.length) {
    const hints = unknown.map((n) => {
      const guess = closest(n, all);
      return guess ? `'${n}' (did you mean '${guess}'?)` : `'${n}'`;
    });
    throw new UsageError(
      `unknown operation${unknown.length > 1 ? "s" : ""} ${hints.join(", ")}; the model has ${all.length}: ${all.slice(0, 8).join(", ")}, …`,
    );
  }
  return [...new Set(asked)].sort(compareStrings);
}

/**
 * Drops drafts whose route another draft or a kept operation file already
 * has: first those whose model path carries a fixed query, then later ones.
 */
export function dropRouteClashes(
  drafts: OperationDraft[],
  keptRoutes: ReadonlyMap<string, string>,
  notes: DraftNote[],
): OperationDraft[] {
  const byRoute = new Map<string, OperationDraft[]>();
  for (const d of drafts) {
    const k = routeKey(d.http.method, d.http.path);
    byRoute.set(k, [...(byRoute.get(k) ?? []), d]);
  }
  const dropped = new Set<OperationDraft>();
  for (const [route, group] of byRoute) {
    const kept = keptRoutes.get(route);
    // Operations without a fixed query keep the route; ties go to name order.
    const ranked = [...group].sort(
      (a, b) =>
        Number(a.requestUri.includes("?")) - Number(b.requestUri.includes("?")) ||
        compareStrings(a.name, b.name),
    );
    const owner = kept ?? ranked[0]!.name;
    for (const d of ranked) {
      if (d.name === owner) continue;
      dropped.add(d);
      const why = d.requestUri.includes("?")
        ? `its route ${d.http.method} ${d.requestUri} differs from ${owner}'s only by a fixed query, which the spec format cannot express (two operations may not share a method and path)`
        : `its route ${route} is also ${owner}'s (two operations may not share a method and path)`;
      notes.push({ level: "warning", text: `${d.name} left out: ${why}` });
    }
  }
  return drafts.filter((d) => !dropped.has(d));
}
