// Copied by opforge from src/runtime/mock/state/patch.ts. DO NOT EDIT.
/**
 * API Gateway-style `patchOperations` (RFC 6902 verbs; values sent as
 * strings and turned into the type stored at the path) applied to a copy of
 * a stored record. Paths resolve only to members of the operation's output
 * shape. `add` on a list member appends to it and `remove` with a value
 * takes that value out (how API Gateway enables usage plans:
 * `{op: add, path: /features, value: UsagePlans}`). Read-only paths can be
 * neither written nor copied from. The result is bounded in size and depth;
 * any failure leaves the record exactly as it was.
 */
import { fromText } from "../../protocol/http-text.js";
import { isObject } from "../../shared/json.js";
import { valueDepth } from "../../shared/json-parse.js";
import { getAt, removeAt, setAt } from "./document.js";
import { pointerWithin, resolvePointer } from "./pointer.js";
import { fit } from "./project.js";
/** Exact size checks per patch when the running estimate passes the bound: work stays bounded. */
const MAX_SIZE_CHECKS = 8;
/** Applies `operations` (a `patchOperations` list) to a copy of `target`. */
export function applyPatch(target, operations, rules) {
  const doc = structuredClone(target);
  const budget = { estimate: JSON.stringify(doc).length, checks: 0 };
  for (const op of Array.isArray(operations) ? operations : []) {
    const failure = applyOne(doc, isObject(op) ? op : {}, rules, budget);
    if (failure !== undefined) return { ok: false, message: failure };
  }
  return { ok: true, value: doc };
}
/** One operation; returns an error text, or undefined when it applied. */
function applyOne(doc, op, rules, budget) {
  const verb = op["op"];
  const path = resolvePointer(op["path"], rules.shape);
  if (typeof path === "string") return path;
  if (path.segments.length === 0)
    return "Invalid patch path '/': the whole resource cannot be replaced";
  if (verb !== "test") {
    const locked = lockedBy(path.pointer, rules.readOnly);
    if (locked !== undefined)
      return `Invalid patch operation '${String(verb)}' on ${path.pointer}: ${locked} cannot be changed this way.`;
  }
  const type = path.types[path.types.length - 1];
  switch (verb) {
    case "add":
    case "replace": {
      const onList = verb === "add" && type.kind === "list";
      const value = coerce(
        op["value"],
        onList && type.kind === "list" ? type.items : type,
        path.pointer,
      );
      if (!value.ok) return value.message;
      if (onList) return appendTo(doc, path, value.value, rules, budget);
      return write(doc, path, value.value, verb === "replace", rules, budget);
    }
    case "remove":
      if (type.kind === "list" && op["value"] !== undefined)
        return removeItem(doc, path, type.items, op["value"]);
      return failed(path, removeAt(doc, path.segments));
    case "copy":
    case "move":
      return copy(doc, path, op["from"], verb === "move", rules, budget);
    case "test": {
      const found = getAt(doc, path.segments);
      const value = coerce(op["value"], type, path.pointer);
      const same =
        found.found && value.ok && JSON.stringify(found.value) === JSON.stringify(value.value);
      return same ? undefined : `Patch test failed at ${path.pointer}`;
    }
    default:
      return `Invalid patch operation '${String(verb)}': expected add, remove, replace, move, copy or test`;
  }
}
function write(doc, path, value, replace, rules, budget) {
  const bounded = withinBounds(doc, path, value, rules, budget);
  return bounded ?? failed(path, setAt(doc, path.segments, path.types, value, replace));
}
/** `add` on a list member: the value joins the list (created when absent). */
function appendTo(doc, path, item, rules, budget) {
  const end = {
    ...path,
    segments: [...path.segments, "-"],
    types: [...path.types, path.types[path.types.length - 1]],
  };
  return write(doc, end, item, false, rules, budget);
}
/** `remove` with a value on a list member: every equal item goes; an absent value is an error. */
function removeItem(doc, path, items, raw) {
  const value = coerce(raw, items, path.pointer);
  if (!value.ok) return value.message;
  const list = getAt(doc, path.segments).value;
  const text = JSON.stringify(value.value);
  const kept = Array.isArray(list) ? list.filter((v) => JSON.stringify(v) !== text) : [];
  if (!Array.isArray(list) || kept.length === list.length)
    return `Invalid patch path ${path.pointer}: it does not contain ${text}`;
  list.splice(0, list.length, ...kept);
  return undefined;
}
function copy(doc, path, rawFrom, move, rules, budget) {
  const verb = move ? "move" : "copy";
  if (rawFrom === undefined) return `Patch operation '${verb}' on ${path.pointer} needs 'from'`;
  const from = resolvePointer(rawFrom, rules.shape);
  if (typeof from === "string") return from;
  const locked = lockedBy(from.pointer, rules.readOnly);
  if (locked !== undefined)
    return `Invalid patch operation '${verb}' from ${from.pointer}: ${locked} cannot be ${move ? "changed" : "copied"} this way.`;
  if (move && pointerWithin(path.pointer, from.pointer) && path.pointer !== from.pointer)
    return `Invalid patch operation 'move': ${path.pointer} lies inside ${from.pointer}`;
  const found = getAt(doc, from.segments);
  if (!found.found) return `Invalid patch path ${from.pointer}: nothing there`;
  const value = fit(found.value, path.types[path.types.length - 1]);
  if (value === undefined)
    return `Invalid patch operation '${verb}': ${from.pointer} does not fit ${path.pointer}`;
  if (move) removeAt(doc, from.segments);
  return write(doc, path, structuredClone(value), false, rules, budget);
}
/** Refuses a write that would make the document deeper or larger than the rules allow. */
function withinBounds(doc, path, value, rules, budget) {
  if (path.segments.length + valueDepth(value, rules.maxDepth) > rules.maxDepth)
    return `Invalid patch operation on ${path.pointer}: the resource would nest deeper than ${rules.maxDepth} levels`;
  budget.estimate += JSON.stringify(value).length;
  if (budget.estimate <= rules.maxBytes) return undefined;
  // The estimate ignores removals; measure before refusing, a bounded number of times.
  if (budget.checks++ < MAX_SIZE_CHECKS) {
    budget.estimate = JSON.stringify(doc).length + JSON.stringify(value).length;
    if (budget.estimate <= rules.maxBytes) return undefined;
  }
  return `Invalid patch operation on ${path.pointer}: the resource would exceed ${rules.maxBytes} bytes`;
}
/** AWS patch values are strings: one becomes the type stored at the path, or the patch fails. */
function coerce(value, type, pointer) {
  if (value === undefined || value === null)
    return { ok: false, message: `Patch operation on ${pointer} needs a value` };
  const textual =
    type.kind === "string" || (type.kind === "timestamp" && type.format !== "epoch-seconds");
  const scalar = type.kind !== "structure" && type.kind !== "list" && type.kind !== "map";
  const converted = typeof value === "string" && scalar && !textual ? fromText(value, type) : value;
  const fitted = fit(converted, type);
  return fitted === undefined
    ? { ok: false, message: `Invalid value ${JSON.stringify(value)} for ${pointer}` }
    : { ok: true, value: fitted };
}
/** The read-only path `pointer` touches (lies on, below or above), if any. */
function lockedBy(pointer, readOnly) {
  return readOnly.find((r) => pointerWithin(pointer, r) || pointerWithin(r, pointer));
}
function failed(path, error) {
  return error === undefined ? undefined : `Invalid patch path ${path.pointer}: ${error}`;
}
