/**
 * A draft of the resource model, where operation names and paths make it
 * plain: `Get<Noun>` on an instance path names the resource and its key (the
 * path members); `Create/Put/Update/Delete<Noun>` on the same path, `Create`
 * by POST on the collection path (the service then generates the last key
 * member, carried by the output's `id`), and `List/Get<Nouns>` on the
 * collection path act on it. Found over the whole model (so a parent such as
 * `Resource` is known even when not imported); the importer marks it as a
 * draft for review.
 */
import type { RawOperationResource, RawResource, RawResourceAction } from "../../spec/raw.js";
import { shapeOf, type BotoModel, type BotoOperation } from "./botocore-model.js";

/** A resource the operation names and paths make plain. */
export interface DetectedResource {
  name: string;
  key: string[];
  /** Placeholder wire names of the instance path, by position. */
  path: string;
  parent?: string;
  id?: { member: string; output: string };
  /** Operation name -> its action. */
  actions: Map<string, RawOperationResource>;
}

const NAME = /^(Create|Put|Get|Update|Delete|List)([A-Z][A-Za-z0-9]*)$/;

/** Every plain resource of the model (at least two operations acting on it), sorted by name. */
export function detectResources(model: BotoModel): DetectedResource[] {
  const byNoun = new Map<string, Map<string, BotoOperation>>();
  for (const op of Object.values(model.operations)) {
    const m = NAME.exec(op.name);
    if (!m) continue;
    const verbs = byNoun.get(m[2]!) ?? new Map<string, BotoOperation>();
    verbs.set(m[1]!, op);
    byNoun.set(m[2]!, verbs);
  }
  const found: DetectedResource[] = [];
  for (const [noun, verbs] of byNoun) {
    const get = verbs.get("Get");
    if (!get || get.http.method !== "GET" || get.http.requestUri.includes("?")) continue;
    const r = resourceOf(model, noun, get, verbs, byNoun);
    if (r && r.actions.size >= 2) found.push(r);
  }
  for (const r of found) r.parent = parentOf(r, found);
  return found.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function resourceOf(
  model: BotoModel,
  noun: string,
  get: BotoOperation,
  verbs: Map<string, BotoOperation>,
  byNoun: Map<string, Map<string, BotoOperation>>,
): DetectedResource | undefined {
  const path = get.http.requestUri;
  const key = pathMembers(model, get, path);
  if (!key) return undefined;
  const r: DetectedResource = {
    name: noun,
    key,
    path,
    actions: new Map([[get.name, { name: noun, action: "read" }]]),
  };
  const collection = key.length ? path.replace(/\/\{[^}]+\}$/, "") : undefined;
  const same = (op: BotoOperation | undefined, method: string, p: string | undefined) =>
    op && p !== undefined && op.http.method === method && op.http.requestUri === p ? op : undefined;
  const add = (op: BotoOperation | undefined, action: RawResourceAction) => {
    if (
      op &&
      hasKey(
        model,
        op,
        key,
        action === "list" || (action === "create" && r.id !== undefined)
          ? key.length - 1
          : key.length,
      )
    ) {
      r.actions.set(op.name, { name: noun, action });
    }
  };
  const update = same(verbs.get("Update"), "PATCH", path) ?? same(verbs.get("Update"), "PUT", path);
  if (update) add(update, inputHas(model, update, "patchOperations") ? "patch" : "update");
  add(same(verbs.get("Delete"), "DELETE", path), "delete");
  const create = verbs.get("Create");
  if (same(create, "PUT", path)) add(create, has409(model, create!) ? "create" : "upsert");
  else if (
    collection !== undefined &&
    same(create, "POST", collection) &&
    inputHas(model, create!, key[key.length - 1]!)
  ) {
    // The caller names the new instance (in the body): a plain create.
    add(create, has409(model, create!) ? "create" : "upsert");
  } else if (
    collection !== undefined &&
    same(create, "POST", collection) &&
    /(^id|_id|Id)$/.test(lastPlaceholder(path)) &&
    outputHas(model, create!, "id")
  ) {
    r.id = { member: key[key.length - 1]!, output: "id" };
    add(create, "create");
    if (!r.actions.has(create!.name)) delete r.id;
  }
  const put = same(verbs.get("Put"), "PUT", path);
  if (put) add(put, has409(model, put) && !r.actions.has(create?.name ?? "") ? "create" : "upsert");
  if (collection !== undefined) {
    for (const plural of [`${noun}s`, `${noun}es`, noun.replace(/y$/, "ies")]) {
      const list =
        same(byNoun.get(plural)?.get("List"), "GET", collection) ??
        same(byNoun.get(plural)?.get("Get"), "GET", collection);
      if (!list) continue;
      add(list, "list");
      const items = itemsMember(model, list, get.output?.shape);
      if (items && r.actions.has(list.name)) r.actions.get(list.name)!.items = items;
      break;
    }
  }
  return r;
}

/** The input member names of the path placeholders, in path order; undefined when one has no member. */
function pathMembers(model: BotoModel, op: BotoOperation, path: string): string[] | undefined {
  const members = op.input ? (shapeOf(model, op.input.shape).members ?? {}) : {};
  const out: string[] = [];
  for (const m of path.matchAll(/\{([^}+]+)\+?\}/g)) {
    const found = Object.entries(members).find(
      ([, ref]) => ref.location === "uri" && (ref.locationName ?? "") === m[1],
    );
    if (!found) return undefined;
    out.push(found[0]);
  }
  return out;
}

/** Whether the input has the first `n` key members (as any location: Create may take them in the body). */
function hasKey(model: BotoModel, op: BotoOperation, key: readonly string[], n: number): boolean {
  const members = op.input ? (shapeOf(model, op.input.shape).members ?? {}) : {};
  return key.slice(0, n).every((k) => Object.hasOwn(members, k));
}

function inputHas(model: BotoModel, op: BotoOperation, member: string): boolean {
  return (
    op.input !== undefined && Object.hasOwn(shapeOf(model, op.input.shape).members ?? {}, member)
  );
}

function outputHas(model: BotoModel, op: BotoOperation, member: string): boolean {
  return (
    op.output !== undefined && Object.hasOwn(shapeOf(model, op.output.shape).members ?? {}, member)
  );
}

function has409(model: BotoModel, op: BotoOperation): boolean {
  return (op.errors ?? []).some((e) => shapeOf(model, e.shape).error?.httpStatusCode === 409);
}

function lastPlaceholder(path: string): string {
  return /\{([^}+]+)\+?\}$/.exec(path)?.[1] ?? "";
}

/** The list member of a list operation's output whose items are the resource's own shape. */
function itemsMember(
  model: BotoModel,
  list: BotoOperation,
  itemShape: string | undefined,
): string | undefined {
  if (!list.output || !itemShape) return undefined;
  for (const [name, ref] of Object.entries(shapeOf(model, list.output.shape).members ?? {})) {
    const s = shapeOf(model, ref.shape);
    if (s.type === "list" && s.member?.shape === itemShape) return name;
  }
  return undefined;
}

/** The resource with the longest instance path that is a proper prefix of `r`'s, when its key starts `r`'s. */
function parentOf(r: DetectedResource, all: readonly DetectedResource[]): string | undefined {
  let best: DetectedResource | undefined;
  for (const p of all) {
    if (p === r || !p.key.length || !r.path.startsWith(`${p.path}/`)) continue;
    if (!p.key.every((k, i) => r.key[i] === k)) continue;
    if (!best || p.path.length > best.path.length) best = p;
  }
  return best?.name;
}

/** The service.yaml declaration of a detected resource. */
export function resourceDeclaration(r: DetectedResource): RawResource {
  const ops = [...r.actions.keys()].sort();
  return {
    documentation: `Drafted by opforge import from the operation names and paths (${ops.join(", ")}); review it.`,
    key: r.key,
    ...(r.parent ? { parent: r.parent } : {}),
    ...(r.id ? { id: r.id } : {}),
  };
}
