class WireCodec {
  constructor(shapes, rejectUnknown) {
    this.rejectUnknown = rejectUnknown;
    for (const name of Object.keys(shapes)) {
      const shape = shapes[name];
      if (shape.kind === "enum") {
        this.enums.add(name);
        continue;
      }
      const byWire = /* @__PURE__ */ new Map();
      const byName = /* @__PURE__ */ new Map();
      for (const m of shape.members) {
        byName.set(m.name, m);
        if (m.location === "body") byWire.set(m.wireName, m);
      }
      this.structs.set(name, {
        members: shape.members,
        byWire,
        byName,
        body: shape.members.filter((m) => m.location === "body"),
        headers: shape.members.filter((m) => m.location === "header"),
        identity: false
      });
    }
    for (const name of this.structs.keys())
      this.structs.get(name).identity = this.isIdentityStruct(name, /* @__PURE__ */ new Set());
  }
  rejectUnknown;
  structs = /* @__PURE__ */ new Map();
  enums = /* @__PURE__ */ new Set();
  struct(name) {
    const s = this.structs.get(name);
    if (!s) throw new Error(`mock: unknown structure shape '${name}'`);
    return s;
  }
  isStruct(type) {
    return type.kind === "ref" && this.structs.has(type.name);
  }
  isIdentityStruct(name, seen) {
    if (seen.has(name)) return true;
    seen.add(name);
    const s = this.structs.get(name);
    return s.headers.length === 0 && s.body.every((m) => m.wireName === m.name && this.isIdentityType(m.type, seen));
  }
  isIdentityType(type, seen) {
    switch (type.kind) {
      case "ref":
        return this.enums.has(type.name) || this.isIdentityStruct(type.name, seen);
      case "list":
        return this.isIdentityType(type.items, seen);
      case "map":
        return this.isIdentityType(type.value, seen);
      default:
        return true;
    }
  }
  /** Wire JSON value -> documented value; unknown members are dropped (and reported when the service rejects them). */
  decode(type, value, wirePath, problems) {
    switch (type.kind) {
      case "ref":
        return this.structs.has(type.name) ? this.decodeStruct(type.name, value, wirePath, problems) : value;
      case "list": {
        if (!Array.isArray(value)) return value;
        const out = new Array(value.length);
        for (let i = 0; i < value.length; i++)
          out[i] = this.decode(type.items, value[i], `${wirePath}[${i}]`, problems);
        return out;
      }
      case "map": {
        if (!isObject(value)) return value;
        const out = {};
        for (const key of Object.keys(value))
          setOwn(out, key, this.decode(type.value, value[key], `${wirePath}.${key}`, problems));
        return out;
      }
      default:
        return value;
    }
  }
  /** A wire object -> a documented-name object with only the structure's body members. */
  decodeStruct(name, value, wirePath, problems, into) {
    if (!isObject(value)) return value;
    const s = this.struct(name);
    const out = into ?? {};
    for (const key of Object.keys(value)) {
      const m = s.byWire.get(key);
      const path = wirePath ? `${wirePath}.${key}` : key;
      if (!m) {
        if (this.rejectUnknown)
          problems.push({ wirePath: path, rule: "unknown", message: "is not a known member" });
        continue;
      }
      setOwn(out, m.name, this.decode(m.type, value[key], path, problems));
    }
    return out;
  }
  /** Documented value -> wire JSON value. */
  encode(type, value) {
    switch (type.kind) {
      case "ref":
        return this.structs.has(type.name) ? this.encodeStruct(type.name, value, void 0) : value;
      case "list":
        return Array.isArray(value) ? value.map((v) => this.encode(type.items, v)) : value;
      case "map": {
        if (!isObject(value)) return value;
        const out = {};
        for (const key of Object.keys(value)) setOwn(out, key, this.encode(type.value, value[key]));
        return out;
      }
      default:
        return value;
    }
  }
  /** A documented object -> its wire body; header members go to `headers` when given. */
  encodeStruct(name, value, headers) {
    if (!isObject(value)) return value;
    const s = this.struct(name);
    if (s.identity) return value;
    const out = {};
    for (const m of s.body)
      if (Object.hasOwn(value, m.name)) setOwn(out, m.wireName, this.encode(m.type, value[m.name]));
    if (headers) {
      for (const m of s.headers)
        if (Object.hasOwn(value, m.name) && value[m.name] !== void 0)
          headers[m.wireName] = String(value[m.name]);
    }
    return out;
  }
  /**
   * A JSON pointer into a documented object of shape `root` -> the wire path
   * (`resourceConfig.apiName`, `identities[0].name`), for error messages in
   * the vendor's own terms.
   */
  wirePath(root, pointer) {
    if (pointer === "" || pointer === "/") return "";
    const segs = pointer.split("/").slice(1).map((s) => s.indexOf("~") === -1 ? s : s.replace(/~1/g, "/").replace(/~0/g, "~"));
    let type = { kind: "ref", name: root };
    let out = "";
    for (const seg of segs) {
      let piece = seg;
      let index = false;
      if (type?.kind === "ref" && this.structs.has(type.name)) {
        const m = this.structs.get(type.name).byName.get(seg);
        piece = m ? m.wireName : seg;
        type = m?.type;
      } else if (type?.kind === "list") {
        index = true;
        type = type.items;
      } else if (type?.kind === "map") {
        type = type.value;
      } else type = void 0;
      out = index ? `${out}[${piece}]` : out ? `${out}.${piece}` : piece;
    }
    return out;
  }
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function setOwn(target, key, value) {
  if (key === "__proto__")
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true
    });
  else target[key] = value;
}
function fromText(type, text) {
  switch (type.kind) {
    case "integer":
    case "long":
    case "float":
    case "double": {
      const n = text.trim() === "" ? NaN : Number(text);
      return Number.isNaN(n) ? text : n;
    }
    case "boolean":
      return text === "true" ? true : text === "false" ? false : text;
    case "timestamp":
      if (type.format === "epoch-seconds") {
        const n = Number(text);
        return Number.isNaN(n) ? text : n;
      }
      return text;
    default:
      return text;
  }
}
export {
  WireCodec,
  fromText,
  isObject,
  setOwn
};
