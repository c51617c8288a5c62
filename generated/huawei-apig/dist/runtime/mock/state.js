class StateStore {
  constructor(maxEntriesPerKind = 1e4) {
    this.maxEntriesPerKind = maxEntriesPerKind;
  }
  maxEntriesPerKind;
  kinds = /* @__PURE__ */ new Map();
  get(kind, key) {
    return this.kinds.get(kind)?.get(key);
  }
  has(kind, key) {
    return this.kinds.get(kind)?.has(key) ?? false;
  }
  set(kind, key, value) {
    let items = this.kinds.get(kind);
    if (!items) this.kinds.set(kind, items = /* @__PURE__ */ new Map());
    items.delete(key);
    items.set(key, value);
    if (items.size > this.maxEntriesPerKind) items.delete(items.keys().next().value);
  }
  clear() {
    this.kinds.clear();
  }
}
function stateKey(values) {
  return values.length === 0 ? "" : JSON.stringify(values);
}
function pointerSegments(pointer) {
  return pointer.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function pointerWithin(path, prefix) {
  return path === prefix || path.startsWith(prefix.endsWith("/") ? prefix : `${prefix}/`);
}
function applyPatch(target, ops, readOnly, coerce) {
  const doc = structuredClone(target);
  const changeable = (p) => !readOnly.some((r) => pointerWithin(p, r) || pointerWithin(r, p));
  for (const op of ops) {
    const verb = op.op;
    if (typeof op.path !== "string" || !op.path.startsWith("/"))
      return {
        ok: false,
        message: `Invalid patch path '${String(op.path)}': a JSON pointer starting with '/' is required`
      };
    const path = op.path;
    const touched = [path, ...verb === "move" && typeof op.from === "string" ? [op.from] : []];
    const locked = touched.find((p) => !changeable(p));
    if (locked !== void 0) {
      const r = readOnly.find((x) => pointerWithin(locked, x) || pointerWithin(x, locked));
      return {
        ok: false,
        message: `Invalid patch operation '${String(verb)}' on ${path}: ${r} cannot be changed this way.`
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
          message: `Invalid patch operation '${String(verb)}': expected add, remove, replace, move, copy or test`
        };
    }
  }
  return { ok: true, value: doc };
}
function isContainer(v) {
  return typeof v === "object" && v !== null;
}
function getAt(doc, segs) {
  let cur = doc;
  for (const s of segs) {
    if (!isContainer(cur) || !Object.hasOwn(cur, s)) return { ok: false };
    cur = cur[s];
  }
  return { ok: true, value: cur };
}
function setAt(doc, segs, value, replace) {
  if (segs.length === 0) return "Invalid patch path '/': the whole resource cannot be replaced";
  let cur = doc;
  for (let i = 0; i < segs.length - 1; i++) {
    const s = segs[i];
    if (!isContainer(cur)) return `Invalid patch path /${segs.join("/")}`;
    const rec = cur;
    if (!Object.hasOwn(rec, s) || !isContainer(rec[s])) defineOwn(rec, s, {});
    cur = rec[s];
  }
  const last = segs[segs.length - 1];
  if (Array.isArray(cur)) {
    if (last === "-") cur.push(value);
    else if (/^\d+$/.test(last) && Number(last) < cur.length + (replace ? 0 : 1))
      cur.splice(Number(last), replace ? 1 : 0, value);
    else return `Invalid patch path /${segs.join("/")}`;
  } else if (isContainer(cur)) defineOwn(cur, last, value);
  else return `Invalid patch path /${segs.join("/")}`;
  return void 0;
}
function removeAt(doc, segs) {
  const parent = getAt(doc, segs.slice(0, -1));
  const last = segs[segs.length - 1];
  if (!parent.ok || last === void 0 || !isContainer(parent.value) || !Object.hasOwn(parent.value, last))
    return `Invalid patch path /${segs.join("/")}: nothing to remove`;
  if (Array.isArray(parent.value)) parent.value.splice(Number(last), 1);
  else delete parent.value[last];
  return void 0;
}
function defineOwn(target, key, value) {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true
  });
}
export {
  StateStore,
  applyPatch,
  pointerSegments,
  pointerWithin,
  stateKey
};
