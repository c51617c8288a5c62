/**
 * Values made up from a shape when the docs give no example: deterministic,
 * and chosen to pass the shape's own constraints (length, pattern, range,
 * enum), so that a synthesized response validates against its output shape.
 */
import type { MockMember, MockShape, MockType } from "./definition.js";

const FIXED_DATE = "2026-01-01T00:00:00Z";
const FIXED_EPOCH = 1767225600;

export class Synthesizer {
  private readonly patterns = new Map<string, RegExp>();

  constructor(private readonly shapes: Readonly<Record<string, MockShape>>) {}

  /** A value of `type`; `hint` (a member name) makes strings readable. Undefined when no valid value could be found. */
  value(type: MockType, hint: string, depth = 0): unknown {
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
        return type.format === "epoch-seconds"
          ? FIXED_EPOCH
          : type.format === "http-date"
            ? new Date(FIXED_EPOCH * 1000).toUTCString()
            : FIXED_DATE;
      case "list": {
        const n = type.minItems ?? 0;
        const out: unknown[] = [];
        for (let i = 0; i < n; i++) out.push(this.value(type.items, hint, depth + 1));
        return out;
      }
      case "map":
        return {};
      case "ref": {
        const shape = this.shapes[type.name];
        if (!shape) return undefined;
        if (shape.kind === "enum") return shape.values[0];
        // Required members only below the top level; a cycle of required members ends here.
        return depth > 16 ? {} : this.structure(shape.members, () => false, depth + 1);
      }
    }
  }

  /** An object with every required member and each member `include` accepts. */
  structure(
    members: readonly MockMember[],
    include: (m: MockMember) => boolean,
    depth = 0,
  ): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const m of members) {
      if (m.location !== "body" && m.location !== "header") continue;
      if (!m.required && !include(m)) continue;
      const v = this.value(m.type, m.name, depth);
      if (v !== undefined) out[m.name] = v;
    }
    return out;
  }

  private string(type: Extract<MockType, { kind: "string" }>, hint: string): string | undefined {
    const candidates = [
      ...(type.knownValues ?? []),
      `mock-${hint}`,
      "mock",
      `mock_${hint}`,
      "mock1",
      "abc",
      "200",
      "a",
      "1",
      "",
    ];
    const min = type.minLength ?? 0;
    const max = type.maxLength ?? Infinity;
    const re = type.pattern !== undefined ? this.regex(type.pattern) : undefined;
    for (let c of candidates) {
      if (c.length > max) c = c.slice(0, max);
      while (c.length < min) c += c.length ? c.slice(-1) : "a";
      if (re && !re.test(c)) continue;
      return c;
    }
    return undefined;
  }

  private number(
    type: Extract<MockType, { kind: "integer" | "long" | "float" | "double" }>,
  ): number {
    let n = type.minimum ?? (type.maximum !== undefined && type.maximum < 1 ? type.maximum : 1);
    if (type.kind === "integer" || type.kind === "long") n = Math.ceil(n);
    const excluded = type.excluded ?? [];
    while (excluded.includes(n) && (type.maximum === undefined || n + 1 <= type.maximum)) n++;
    return n;
  }

  private regex(pattern: string): RegExp | undefined {
    let re = this.patterns.get(pattern);
    if (!re) {
      try {
        re = new RegExp(pattern, "u");
      } catch {
        return undefined;
      }
      this.patterns.set(pattern, re);
    }
    return re;
  }
}
