// Copied by opforge from src/runtime/table/decode.ts. DO NOT EDIT.
import { parsePathTemplate } from "./path-template.js";
const cache = new WeakMap();
/**
 * The indexed model of `table`. Decoded once per table object: a client and
 * a mock in one process share it.
 */
export function decodeServiceTable(table) {
  let model = cache.get(table);
  if (!model) cache.set(table, (model = decode(table)));
  return model;
}
function decode(table) {
  const fail = (what) => {
    throw new TypeError(`service table ${table.id}: ${what}`);
  };
  // Two passes: every structure exists before any member refers to one (shapes may recurse).
  const structures = new Map();
  for (const name of Object.keys(table.shapes)) structures.set(name, emptyStructure(name));
  const typeOf = (t, where) => resolveType(t, structures, where, fail);
  for (const [name, s] of structures)
    fill(
      s,
      table.shapes[name].map((m) => memberOf(m, name, typeOf)),
    );
  markIdentity(structures);
  const errors = new Map();
  const errorsByCode = new Map();
  for (const name of Object.keys(table.errors)) {
    const e = table.errors[name];
    const members = emptyStructure(name);
    fill(
      members,
      e.members.map((m) => memberOf(m, name, typeOf)),
    );
    const error = {
      name,
      status: e.status,
      code: e.code,
      retryable: e.retryable === true,
      members,
    };
    errors.set(name, error);
    if (e.code !== undefined) errorsByCode.set(e.code, error);
  }
  const operations = new Map();
  for (const name of Object.keys(table.operations))
    operations.set(name, operationOf(name, table.operations[name], structures, errors, fail));
  return {
    table,
    id: table.id,
    name: table.name,
    protocol: table.protocol,
    auth: table.auth,
    endpoint: table.endpoint,
    rejectUnknownInput: table.rejectUnknownInput,
    structures,
    operations,
    errors,
    errorsByCode,
  };
}
function emptyStructure(name) {
  return {
    name,
    members: [],
    byName: new Map(),
    byWire: new Map(),
    body: [],
    headers: [],
    query: [],
    path: [],
    identity: false,
  };
}
function fill(s, members) {
  const at = (location) => members.filter((m) => m.location === location);
  s.members = members;
  s.byName = new Map(members.map((m) => [m.name, m]));
  s.body = at("body");
  s.byWire = new Map(s.body.map((m) => [m.wire, m]));
  s.headers = at("header");
  s.query = at("query");
  s.path = at("path");
}
function memberOf(m, owner, typeOf) {
  const wire = m[2] ?? m[0];
  return {
    name: m[0],
    wire,
    location: m[3] ?? "body",
    type: typeOf(m[1], `${owner}.${m[0]}`),
    headerKey: wire.toLowerCase(),
  };
}
const SCALARS = {
  string: { kind: "string" },
  integer: { kind: "integer" },
  long: { kind: "long" },
  float: { kind: "float" },
  double: { kind: "double" },
  boolean: { kind: "boolean" },
  "timestamp:date-time": { kind: "timestamp", format: "date-time" },
  "timestamp:epoch-seconds": { kind: "timestamp", format: "epoch-seconds" },
  "timestamp:http-date": { kind: "timestamp", format: "http-date" },
};
function resolveType(t, structures, where, fail) {
  if (typeof t !== "string") {
    const inner = resolveType(t[1], structures, where, fail);
    return t[0] === "list" ? { kind: "list", items: inner } : { kind: "map", values: inner };
  }
  if (Object.hasOwn(SCALARS, t)) return SCALARS[t];
  const shape = structures.get(t);
  return shape ? { kind: "structure", shape } : fail(`${where} has unknown type '${t}'`);
}
/**
 * A structure is identity unless something in it, or below it, renames or
 * binds to a non-body location. A structure met again while deciding (a
 * recursive shape) does not change the answer, so it counts as identity.
 */
function markIdentity(structures) {
  const renames = (t, seen) =>
    t.kind === "structure"
      ? !isIdentity(t.shape, seen)
      : t.kind === "list"
        ? renames(t.items, seen)
        : t.kind === "map" && renames(t.values, seen);
  const isIdentity = (s, seen) => {
    if (seen.has(s.name)) return true;
    seen.add(s.name);
    return s.members.every(
      (m) => m.location === "body" && m.wire === m.name && !renames(m.type, seen),
    );
  };
  const results = [...structures.values()].map((s) => [s, isIdentity(s, new Set())]);
  for (const [s, identity] of results) s.identity = identity;
}
function operationOf(name, op, structures, errors, fail) {
  const where = `operation ${name}`;
  const input = structures.get(op.input) ?? fail(`${where}: unknown input '${op.input}'`);
  const output =
    op.output === undefined
      ? undefined
      : (structures.get(op.output) ?? fail(`${where}: unknown output '${op.output}'`));
  let template;
  try {
    template = parsePathTemplate(op.path);
  } catch (e) {
    return fail(`${where}: ${e.message}`);
  }
  const labels = template.labels.map(
    (label) =>
      input.path.find((m) => m.wire === label) ??
      fail(`${where}: no input member is bound to path label {${label}}`),
  );
  for (const m of input.path)
    if (!template.labels.includes(m.wire))
      fail(`${where}: path member ${m.name} has no label {${m.wire}} in ${op.path}`);
  const opErrors = op.errors.map((entry) => {
    const [errorName, code] = typeof entry === "string" ? [entry, undefined] : entry;
    const error = errors.get(errorName) ?? fail(`${where}: unknown error '${errorName}'`);
    return { error, code: code ?? error.code };
  });
  const errorsByCode = new Map();
  for (const e of opErrors) if (e.code !== undefined) errorsByCode.set(e.code, e);
  return {
    name,
    method: op.method,
    path: op.path,
    template,
    status: op.status,
    input,
    output,
    labels,
    errors: opErrors,
    errorsByName: new Map(opErrors.map((e) => [e.error.name, e])),
    errorsByCode,
  };
}
