const FIXED_DATE = "2026-01-01T00:00:00Z";
const FIXED_EPOCH = 1767225600;
class Synthesizer {
  constructor(shapes) {
    this.shapes = shapes;
  }
  shapes;
  patterns = /* @__PURE__ */ new Map();
  /** A value of `type`; `hint` (a member name) makes strings readable. Undefined when no valid value could be found. */
  value(type, hint, depth = 0) {
    switch (type.kind) {
      case "string":
        return this.string(type, hint);
      case "integer":
      case "long":
      case "float":
      case "double":
        return this.number(type);
      case "boolean":
        return false;
      case "timestamp":
        return type.format === "epoch-seconds" ? FIXED_EPOCH : type.format === "http-date" ? new Date(FIXED_EPOCH * 1e3).toUTCString() : FIXED_DATE;
      case "list": {
        const n = type.minItems ?? 0;
        const out = [];
        for (let i = 0; i < n; i++) out.push(this.value(type.items, hint, depth + 1));
        return out;
      }
      case "map":
        return {};
      case "ref": {
        const shape = this.shapes[type.name];
        if (!shape) return void 0;
        if (shape.kind === "enum") return shape.values[0];
        return depth > 16 ? {} : this.structure(shape.members, () => false, depth + 1);
      }
    }
  }
  /** An object with every required member and each member `include` accepts. */
  structure(members, include, depth = 0) {
    const out = {};
    for (const m of members) {
      if (m.location !== "body" && m.location !== "header") continue;
      if (!m.required && !include(m)) continue;
      const v = this.value(m.type, m.name, depth);
      if (v !== void 0) out[m.name] = v;
    }
    return out;
  }
  string(type, hint) {
    const candidates = [
      ...type.knownValues ?? [],
      `mock-${hint}`,
      "mock",
      `mock_${hint}`,
      "mock1",
      "abc",
      "200",
      "a",
      "1",
      ""
    ];
    const min = type.minLength ?? 0;
    const max = type.maxLength ?? Infinity;
    const re = type.pattern !== void 0 ? this.regex(type.pattern) : void 0;
    for (let c of candidates) {
      if (c.length > max) c = c.slice(0, max);
      while (c.length < min) c += c.length ? c.slice(-1) : "a";
      if (re && !re.test(c)) continue;
      return c;
    }
    return void 0;
  }
  number(type) {
    let n = type.minimum ?? (type.maximum !== void 0 && type.maximum < 1 ? type.maximum : 1);
    if (type.kind === "integer" || type.kind === "long") n = Math.ceil(n);
    const excluded = type.excluded ?? [];
    while (excluded.includes(n) && (type.maximum === void 0 || n + 1 <= type.maximum)) n++;
    return n;
  }
  regex(pattern) {
    let re = this.patterns.get(pattern);
    if (!re) {
      try {
        re = new RegExp(pattern, "u");
      } catch {
        return void 0;
      }
      this.patterns.set(pattern, re);
    }
    return re;
  }
}
export {
  Synthesizer
};
