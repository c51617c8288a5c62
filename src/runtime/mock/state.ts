/**
 * The mock's memory: resources stored by kind and key, bounded in size, and
 * JSON-patch application (`patchOperations`) on a stored resource. What is
 * stored, and how, is decided by each operation's `mock` rule in the spec.
 */

/** A bounded store: the oldest entries go first when a resource kind is full. */
export class StateStore {
  private readonly kinds = new Map<string, Map<string, unknown>>();

  constructor(private readonly maxEntriesPerKind = 10_000) {}

  get(kind: string, key: string): unknown {
    return this.kinds.get(kind)?.get(key);
  }

  has(kind: string, key: string): boolean {
    return this.kinds.get(kind)?.has(key) ?? false;
  }

  set(kind: string, key: string, value: unknown): void {
    let items = this.kinds.get(kind);
    if (!items) this.kinds.set(kind, (items = new Map()));
    items.delete(key);
    items.set(key, value);
    if (items.size > this.maxEntriesPerKind) items.delete(items.keys().next().value!);
  }

  clear(): void {
    this.kinds.clear();
  }
}

/** A stable key for the values of the key members (`\u0000` cannot occur in a decoded JSON string key we build). */
export function stateKey(values: readonly unknown[]): string {
  return values.length === 0 ? "" : JSON.stringify(values);
}

export interface PatchOperation {
  op?: unknown;
  path?: unknown;
  value?: unknown;
  from?: unknown;
}

export type PatchResult =
  { ok: true; value: Record<string, unknown> } | { ok: false; message: string };

/** Decodes a JSON pointer into segments (`~1` -> `/`, `~0` -> `~`). */
export function pointerSegments(pointer: string): string[] {
  return pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** Whether `path` is `prefix` or lies below it. */
export function pointerWithin(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(prefix.endsWith("/") ? prefix : `${prefix}/`);
}

/**
 * Applies API Gateway-style patch operations (RFC 6902 verbs, string values)
 * to a copy of `target`. `coerce` turns a string value into the type stored
 * at a path (AWS sends every value as a string); `readOnly` pointers refuse
 * any operation touching them.
 */
export function applyPatch(
  target: Record<string, unknown>,
  ops: readonly PatchOperation[],
  readOnly: readonly string[],
  coerce: (
    segments: readonly string[],
    value: unknown,
  ) => { ok: true; value: unknown } | { ok: false; message: string },
): PatchResult {
  const doc = structuredClone(target);
  const changeable = (p: string) =>
    !readOnly.some((r) => pointerWithin(p, r) || pointerWithin(r, p));
  for (const op of ops) {
    const verb = op.op;
    if (typeof op.path !== "string" || !op.path.startsWith("/"))
      return {
        ok: false,
        message: `Invalid patch path '${String(op.path)}': a JSON pointer starting with '/' is required`,
      };
    const path = op.path;
    const touched = [path, ...(verb === "move" && typeof op.from === "string" ? [op.from] : [])];
    const locked = touched.find((p) => !changeable(p));
    if (locked !== undefined) {
      const r = readOnly.find((x) => pointerWithin(locked, x) || pointerWithin(x, locked))!;
      return {
        ok: false,
        message: `Invalid patch operation '${String(verb)}' on ${path}: ${r} cannot be changed this way.`,
      };
    }
    const segs = pointerSegments(path);
    switch (verb) {
      case "add":
      case "replace": {
        const v = coerce(segs, op.value);
        if (!v.ok) return v;
        const r = setAt(doc, segs, v.value, verb === "replace");
        if (r) return { ok: false, message: r };
        break;
      }
      case "remove": {
        const r = removeAt(doc, segs);
        if (r) return { ok: false, message: r };
        break;
      }
      case "copy":
      case "move": {
        if (typeof op.from !== "string")
          return { ok: false, message: `Patch operation '${verb}' on ${path} needs 'from'` };
        const fromSegs = pointerSegments(op.from);
        const found = getAt(doc, fromSegs);
        if (!found.ok)
          return { ok: false, message: `Invalid patch path ${op.from}: nothing there` };
        const value = structuredClone(found.value);
        if (verb === "move") removeAt(doc, fromSegs);
        const r = setAt(doc, segs, value, false);
        if (r) return { ok: false, message: r };
        break;
      }
      case "test": {
        const found = getAt(doc, segs);
        const v = coerce(segs, op.value);
        if (!found.ok || !v.ok || JSON.stringify(found.value) !== JSON.stringify(v.value))
          return { ok: false, message: `Patch test failed at ${path}` };
        break;
      }
      default:
        return {
          ok: false,
          message: `Invalid patch operation '${String(verb)}': expected add, remove, replace, move, copy or test`,
        };
    }
  }
  return { ok: true, value: doc };
}

function isContainer(v: unknown): v is Record<string, unknown> | unknown[] {
  return typeof v === "object" && v !== null;
}

function getAt(
  doc: unknown,
  segs: readonly string[],
): { ok: true; value: unknown } | { ok: false } {
  let cur: unknown = doc;
  for (const s of segs) {
    if (!isContainer(cur) || !Object.hasOwn(cur, s)) return { ok: false };
    cur = (cur as Record<string, unknown>)[s];
  }
  return { ok: true, value: cur };
}

function setAt(
  doc: Record<string, unknown>,
  segs: readonly string[],
  value: unknown,
  replace: boolean,
): string | undefined {
  if (segs.length === 0) return "Invalid patch path '/': the whole resource cannot be replaced";
  let cur: unknown = doc;
  for (let i = 0; i < segs.length - 1; i++) {
    const s = segs[i]!;
    if (!isContainer(cur)) return `Invalid patch path /${segs.join("/")}`;
    const rec = cur as Record<string, unknown>;
    if (!Object.hasOwn(rec, s) || !isContainer(rec[s])) defineOwn(rec, s, {});
    cur = rec[s];
  }
  const last = segs[segs.length - 1]!;
  if (Array.isArray(cur)) {
    if (last === "-") cur.push(value);
    else if (/^\d+$/.test(last) && Number(last) < cur.length + (replace ? 0 : 1))
      cur.splice(Number(last), replace ? 1 : 0, value);
    else return `Invalid patch path /${segs.join("/")}`;
  } else if (isContainer(cur)) defineOwn(cur as Record<string, unknown>, last, value);
  else return `Invalid patch path /${segs.join("/")}`;
  return undefined;
}

function removeAt(doc: Record<string, unknown>, segs: readonly string[]): string | undefined {
  const parent = getAt(doc, segs.slice(0, -1));
  const last = segs[segs.length - 1];
  if (
    !parent.ok ||
    last === undefined ||
    !isContainer(parent.value) ||
    !Object.hasOwn(parent.value, last)
  )
    return `Invalid patch path /${segs.join("/")}: nothing to remove`;
  if (Array.isArray(parent.value)) parent.value.splice(Number(last), 1);
  else delete (parent.value as Record<string, unknown>)[last];
  return undefined;
}

function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
