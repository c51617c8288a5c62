// Copied by opforge from src/runtime/mock/state/actions.ts. DO NOT EDIT.
/**
 * An operation's action on its resource: create, read, update, patch,
 * delete, list or upsert, against the store. The result is the answer's
 * documented output (the record projected onto the output shape), or the
 * reason the operation's documented error answers instead.
 */
import { own, setOwn } from "../../shared/json.js";
import { keyValues } from "./key.js";
import { initialOf, listUnder, lookup, remove, store } from "./lookup.js";
import { applyPatch } from "./patch.js";
import { fit, project, projectOverlay } from "./project.js";
import { fieldsOf, overlay } from "./record.js";
/** Runs the operation's action on its resource against the store. */
export function performAction(ctx, op, binding, input) {
  const { resource, action, parent } = binding;
  if (parent) {
    const values = keyValues(parent.def.key, input);
    if (!lookup(ctx.store, parent, values, {})) return notFound(parent, values);
  }
  const names = resource.def.key;
  const values = keyValues(names, input);
  const fields = () => fieldsOf(input, action.echo);
  switch (action.action) {
    case "create": {
      const given = withId(resource, fields(), ctx.newId);
      const key = keyValues(names, given);
      if (!resource.def.id && lookup(ctx.store, resource, key, undefined))
        return {
          ok: false,
          reason: "conflict",
          message: `${resource.name} already exists for ${describe(names, key)}`,
        };
      return saved(ctx, op, resource, key, overlay(op.sample, given, undefined));
    }
    case "upsert": {
      const prev = lookup(ctx.store, resource, values, undefined) ?? op.sample;
      return saved(ctx, op, resource, values, overlay(prev, input, action.echo));
    }
    case "list":
      return { ok: true, output: listed(ctx, op, resource, values.slice(0, -1)) };
  }
  const prev = lookup(ctx.store, resource, values, op.sample);
  if (!prev) return notFound(resource, values);
  switch (action.action) {
    case "read":
      return answer(op, prev);
    case "update":
      return saved(ctx, op, resource, values, overlay(prev, input, action.echo));
    case "delete":
      remove(ctx.store, resource, values);
      return answer(op, prev);
    case "patch": {
      const patched = patch(ctx, op, prev, input);
      return "record" in patched ? saved(ctx, op, resource, values, patched.record) : patched;
    }
  }
}
/**
 * Answers without remembering anything (`stateful: false`): the instance
 * as it starts (an `initial` one, else the sample) with the input laid over
 * it; a patch applies to it; a list answers the sample.
 */
export function statelessOutput(ctx, op, binding, input) {
  const action = binding?.action;
  const output = op.model.output;
  if (!binding || !action) {
    if (!output) return { ok: true, output: undefined };
    return { ok: true, output: projectOverlay(op.sample, input, undefined, undefined, output) };
  }
  if (action.action === "list") return answer(op, op.sample);
  const resource = binding.resource;
  // Only an `initial` instance differs from the sample; nothing here changes the base (a patch applies to a copy).
  const base = resource.def.initial
    ? (initialOf(resource, keyValues(resource.def.key, input), op.sample) ?? op.sample)
    : op.sample;
  if (action.action === "patch") {
    const patched = patch(ctx, op, base, input);
    return "record" in patched ? answer(op, patched.record) : patched;
  }
  if (!output) return { ok: true, output: undefined };
  const id = action.action === "create" ? resource.def.id : undefined;
  const generated = id && { members: [id.member, id.output], value: ctx.newId() };
  return { ok: true, output: projectOverlay(base, input, action.echo, generated, output) };
}
/** The patched record (not projected), or why the patch cannot apply. */
function patch(ctx, op, prev, input) {
  const shape = op.model.output ?? op.model.input;
  const result = applyPatch(prev, own(input, "patchOperations"), {
    shape,
    readOnly: op.binding?.action.readOnlyPaths ?? [],
    maxBytes: ctx.maxBytes,
    maxDepth: ctx.maxDepth,
  });
  return result.ok
    ? { record: result.value }
    : { ok: false, reason: "invalid-patch", message: result.message };
}
/** A create's fields with the generated id in the key member and the output member. */
function withId(resource, fields, newId) {
  const id = resource.def.id;
  if (!id) return fields;
  const value = newId();
  setOwn(fields, id.member, value);
  setOwn(fields, id.output, value);
  return fields;
}
function saved(ctx, op, resource, values, record) {
  store(ctx.store, resource, values, record);
  return answer(op, record);
}
function answer(op, record) {
  return { ok: true, output: op.model.output ? project(record, op.model.output) : undefined };
}
/** The sample with the instances under the parent in the `items` member (else the first list of structures). */
function listed(ctx, op, resource, parentValues) {
  const output = op.model.output;
  if (!output) return undefined;
  const named = op.binding?.action.items;
  const member =
    (named !== undefined ? output.byName.get(named) : undefined) ??
    output.members.find((m) => isListOfStructures(m.type));
  const out = project(op.sample, output);
  if (member)
    setOwn(out, member.name, fit(listUnder(ctx.store, resource, parentValues), member.type));
  return out;
}
function isListOfStructures(type) {
  return type.kind === "list" && type.items.kind === "structure";
}
function notFound(resource, values) {
  const names = resource.def.key;
  const where = names.length ? ` for ${describe(names, values)}` : "";
  return { ok: false, reason: "not-found", message: `${resource.name} not found${where}` };
}
function describe(names, values) {
  return names.map((n, i) => `${n}=${values[i]}`).join(", ");
}
