import { unpack } from "./schema.js";
const MAX_DEPTH = 64;
function toWire(value, type, shapes, depth = 0) {
  if (value === null || value === void 0) return void 0;
  if (depth > MAX_DEPTH) throw new TypeError(`input nested deeper than ${MAX_DEPTH} levels`);
  if (typeof type === "number") return value;
  if (typeof type === "string") {
    if (typeof value !== "object") return value;
    const out = {};
    for (const m of shapes[type] ?? []) {
      const [name, wire, t] = unpack(m);
      const v = toWire(own(value, name), t, shapes, depth + 1);
      if (v !== void 0) out[wire] = v;
    }
    return out;
  }
  if (type[0] === "l") {
    if (!Array.isArray(value)) return value;
    const out = [];
    for (const item of value) {
      const v = toWire(item, type[1], shapes, depth + 1);
      if (v !== void 0) out.push(v);
    }
    return out;
  }
  return mapValues(value, (v) => toWire(v, type[1], shapes, depth + 1));
}
function fromWire(value, type, shapes, depth = 0) {
  if (value === null || value === void 0) return void 0;
  if (depth > MAX_DEPTH) throw new TypeError(`response nested deeper than ${MAX_DEPTH} levels`);
  if (typeof type === "number") return value;
  if (typeof type === "string") {
    if (typeof value !== "object" || Array.isArray(value)) return value;
    const out = {};
    for (const m of shapes[type] ?? []) {
      const [name, wire, t] = unpack(m);
      const v = fromWire(own(value, wire), t, shapes, depth + 1);
      if (v !== void 0) out[name] = v;
    }
    return out;
  }
  if (type[0] === "l") {
    if (!Array.isArray(value)) return value;
    return value.map((item) => fromWire(item, type[1], shapes, depth + 1)).filter((v) => v !== void 0);
  }
  return mapValues(value, (v) => fromWire(v, type[1], shapes, depth + 1));
}
function readMembers(members, body, headers, shapes, into = {}) {
  for (const m of members) {
    const [name, wire, type, location] = unpack(m);
    const v = location === "header" ? headerValue(headers.get(wire), type) : location === "body" ? fromWire(own(body, wire), type, shapes) : void 0;
    if (v !== void 0) into[name] = v;
  }
  return into;
}
function headerValue(text, type) {
  if (text === null) return void 0;
  if (type === 1) {
    const n = Number(text.trim());
    return text.trim() !== "" && Number.isFinite(n) ? n : text;
  }
  if (type === 2) return text.trim() === "true" ? true : text.trim() === "false" ? false : text;
  return text;
}
function own(value, key) {
  return typeof value === "object" && value !== null && Object.hasOwn(value, key) ? value[key] : void 0;
}
function mapValues(value, convert) {
  if (typeof value !== "object" || Array.isArray(value) || value === null) return value;
  const out = {};
  for (const key of Object.keys(value)) {
    const v = convert(value[key]);
    if (v === void 0) continue;
    if (key === "__proto__")
      Object.defineProperty(out, key, {
        value: v,
        enumerable: true,
        writable: true,
        configurable: true
      });
    else out[key] = v;
  }
  return out;
}
export {
  fromWire,
  own,
  readMembers,
  toWire
};
