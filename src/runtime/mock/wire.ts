/**
 * Wire form <-> documented form. Requests arrive with wire names (JSON keys,
 * path placeholders, query keys, headers) and are turned into the
 * documented-name object the generated validators check; responses go the
 * other way. Walks are driven by the shapes, so keys the spec does not know
 * are never copied (and `__proto__` in a request is just an unknown key).
 */
import type { MockMember, MockShape, MockType } from "./definition.js";

/** A problem found while decoding, already in wire terms. */
export interface WireProblem {
  /** Wire path, e.g. `resourceConfig.apiName` or `identities[0].name`. */
  wirePath: string;
  rule: string;
  message: string;
}

interface StructInfo {
  members: MockMember[];
  /** Body members by wire name. */
  byWire: Map<string, MockMember>;
  byName: Map<string, MockMember>;
  body: MockMember[];
  headers: MockMember[];
  /** True when every body member has the same documented and wire name, all the way down. */
  identity: boolean;
}

export class WireCodec {
  private readonly structs = new Map<string, StructInfo>();
  private readonly enums = new Set<string>();

  constructor(
    shapes: Readonly<Record<string, MockShape>>,
    private readonly rejectUnknown: boolean,
  ) {
    for (const name of Object.keys(shapes)) {
      const shape = shapes[name]!;
      if (shape.kind === "enum") {
        this.enums.add(name);
        continue;
      }
      const byWire = new Map<string, MockMember>();
      const byName = new Map<string, MockMember>();
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
        identity: false,
      });
    }
    for (const name of this.structs.keys())
      this.structs.get(name)!.identity = this.isIdentityStruct(name, new Set());
  }

  struct(name: string): StructInfo {
    const s = this.structs.get(name);
    if (!s) throw new Error(`mock: unknown structure shape '${name}'`);
    return s;
  }

  isStruct(type: MockType): type is { kind: "ref"; name: string } {
    return type.kind === "ref" && this.structs.has(type.name);
  }

  private isIdentityStruct(name: string, seen: Set<string>): boolean {
    if (seen.has(name)) return true;
    seen.add(name);
    const s = this.structs.get(name)!;
    return (
      s.headers.length === 0 &&
      s.body.every((m) => m.wireName === m.name && this.isIdentityType(m.type, seen))
    );
  }

  private isIdentityType(type: MockType, seen: Set<string>): boolean {
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
  decode(type: MockType, value: unknown, wirePath: string, problems: WireProblem[]): unknown {
    switch (type.kind) {
      case "ref":
        return this.structs.has(type.name)
          ? this.decodeStruct(type.name, value, wirePath, problems)
          : value;
      case "list": {
        if (!Array.isArray(value)) return value;
        const out = new Array<unknown>(value.length);
        for (let i = 0; i < value.length; i++)
          out[i] = this.decode(type.items, value[i], `${wirePath}[${i}]`, problems);
        return out;
      }
      case "map": {
        if (!isObject(value)) return value;
        const out: Record<string, unknown> = {};
        for (const key of Object.keys(value))
          setOwn(out, key, this.decode(type.value, value[key], `${wirePath}.${key}`, problems));
        return out;
      }
      default:
        return value;
    }
  }

  /** A wire object -> a documented-name object with only the structure's body members. */
  decodeStruct(
    name: string,
    value: unknown,
    wirePath: string,
    problems: WireProblem[],
    into?: Record<string, unknown>,
  ): unknown {
    if (!isObject(value)) return value;
    const s = this.struct(name);
    const out: Record<string, unknown> = into ?? {};
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
  encode(type: MockType, value: unknown): unknown {
    switch (type.kind) {
      case "ref":
        return this.structs.has(type.name) ? this.encodeStruct(type.name, value, undefined) : value;
      case "list":
        return Array.isArray(value) ? value.map((v) => this.encode(type.items, v)) : value;
      case "map": {
        if (!isObject(value)) return value;
        const out: Record<string, unknown> = {};
        for (const key of Object.keys(value)) setOwn(out, key, this.encode(type.value, value[key]));
        return out;
      }
      default:
        return value;
    }
  }

  /** A documented object -> its wire body; header members go to `headers` when given. */
  encodeStruct(name: string, value: unknown, headers: Record<string, string> | undefined): unknown {
    if (!isObject(value)) return value;
    const s = this.struct(name);
    if (s.identity) return value;
    const out: Record<string, unknown> = {};
    for (const m of s.body)
      if (Object.hasOwn(value, m.name)) setOwn(out, m.wireName, this.encode(m.type, value[m.name]));
    if (headers)
      for (const m of s.headers)
        if (Object.hasOwn(value, m.name) && value[m.name] !== undefined)
          headers[m.wireName] = String(value[m.name]);
    return out;
  }

  /**
   * A JSON pointer into a documented object of shape `root` -> the wire path
   * (`resourceConfig.apiName`, `identities[0].name`), for error messages in
   * the vendor's own terms.
   */
  wirePath(root: string, pointer: string): string {
    if (pointer === "" || pointer === "/") return "";
    const segs = pointer
      .split("/")
      .slice(1)
      .map((s) => (s.indexOf("~") === -1 ? s : s.replace(/~1/g, "/").replace(/~0/g, "~")));
    let type: MockType | undefined = { kind: "ref", name: root };
    let out = "";
    for (const seg of segs) {
      let piece = seg;
      let index = false;
      if (type?.kind === "ref" && this.structs.has(type.name)) {
        const m = this.structs.get(type.name)!.byName.get(seg);
        piece = m ? m.wireName : seg;
        type = m?.type;
      } else if (type?.kind === "list") {
        index = true;
        type = type.items;
      } else if (type?.kind === "map") {
        type = type.value;
      } else type = undefined;
      out = index ? `${out}[${piece}]` : out ? `${out}.${piece}` : piece;
    }
    return out;
  }
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Sets an own data property even for keys like `__proto__`, which plain assignment would treat as the prototype. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__")
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  else target[key] = value;
}

/** Converts a path, query or header string to the member's type where it parses; else leaves it for the validator to report. */
export function fromText(type: MockType, text: string): unknown {
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
