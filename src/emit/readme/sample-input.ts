/**
 * A TypeScript literal of an operation's input for the README's usage
 * example: the docs' first request example when there is one (wire names
 * mapped back to member names), else the required members with plausible
 * values that satisfy their type.
 */
import type { IrExample, IrMember, IrShape, IrType, JsonValue } from "../../ir/types.js";
import { propertyKey, stringLiteral } from "../shared/literals.js";

const MAX_DEPTH = 6;

export function sampleInput(shapes: ReadonlyMap<string, IrShape>, inputName: string, examples: readonly IrExample[]): string {
  const input = shapes.get(inputName);
  if (input?.kind !== "structure") return "{}";
  const example = examples.find((e) => e.request);
  const fields = example?.request ? fromExample(input.members, example, shapes) : undefined;
  return fields ?? literalOf(input.members, (m) => m.required, shapes, 0, "  ");
}

/** The example's values by member (path, query, header values and the body's wire keys). */
function fromExample(members: readonly IrMember[], e: IrExample, shapes: ReadonlyMap<string, IrShape>): string | undefined {
  const req = e.request!;
  const parts: string[] = [];
  for (const m of members) {
    const source = m.location === "path" ? req.path : m.location === "query" ? req.query : m.location === "header" ? req.headers : (req.body as Record<string, JsonValue> | undefined);
    if (!source || typeof source !== "object" || Array.isArray(source) || !Object.hasOwn(source, m.wireName)) {
      // The docs' example may leave out path members and the like; the call still needs them.
      if (m.required) parts.push(`  ${propertyKey(m.name)}: ${sample(m.type, m.name, shapes, 1, "  ")},`);
      continue;
    }
    const raw = (source as Record<string, JsonValue>)[m.wireName]!;
    const value = m.location === "body" ? wireValue(raw, m.type, shapes, 1, "  ") : scalarFromText(String(raw), m.type);
    if (value === undefined) return undefined;
    parts.push(`  ${propertyKey(m.name)}: ${value},`);
  }
  return parts.length ? `{\n${parts.join("\n")}\n}` : undefined;
}

function scalarFromText(text: string, t: IrType): string | undefined {
  if (t.kind === "integer" || t.kind === "long" || t.kind === "float" || t.kind === "double") return Number.isFinite(Number(text)) ? String(Number(text)) : undefined;
  if (t.kind === "boolean") return text === "true" || text === "false" ? text : undefined;
  return stringLiteral(text);
}

/** A JSON body value (wire keys) as a TS literal (member names); undefined when it does not fit the type. */
function wireValue(v: JsonValue, t: IrType, shapes: ReadonlyMap<string, IrShape>, depth: number, indent: string): string | undefined {
  if (depth > MAX_DEPTH) return undefined;
  switch (t.kind) {
    case "string":
      return typeof v === "string" ? stringLiteral(v) : undefined;
    case "integer":
    case "long":
    case "float":
    case "double":
      return typeof v === "number" ? String(v) : undefined;
    case "boolean":
      return typeof v === "boolean" ? String(v) : undefined;
    case "timestamp":
      return typeof v === "string" || typeof v === "number" ? `new Date(${typeof v === "number" ? v * 1000 : stringLiteral(v)})` : undefined;
    case "list": {
      if (!Array.isArray(v)) return undefined;
      const items = v.map((x) => wireValue(x, t.items, shapes, depth + 1, indent + "  "));
      return items.includes(undefined) ? undefined : `[${items.join(", ")}]`;
    }
    case "map": {
      if (!v || typeof v !== "object" || Array.isArray(v)) return undefined;
      const inner = indent + "  ";
      const entries = Object.keys(v).map((k) => [k, wireValue(v[k]!, t.value, shapes, depth + 1, inner)] as const);
      if (entries.some(([, x]) => x === undefined)) return undefined;
      return entries.length ? `{\n${entries.map(([k, x]) => `${inner}${stringLiteral(k)}: ${x},`).join("\n")}\n${indent}}` : "{}";
    }
    case "ref": {
      const s = shapes.get(t.name);
      if (s?.kind === "enum") return typeof v === "string" ? stringLiteral(v) : undefined;
      if (s?.kind !== "structure" || !v || typeof v !== "object" || Array.isArray(v)) return undefined;
      const inner = indent + "  ";
      const parts: string[] = [];
      for (const m of s.members) {
        if (!Object.hasOwn(v, m.wireName)) continue;
        const x = wireValue(v[m.wireName]!, m.type, shapes, depth + 1, inner);
        if (x === undefined) return undefined;
        parts.push(`${inner}${propertyKey(m.name)}: ${x},`);
      }
      return parts.length ? `{\n${parts.join("\n")}\n${indent}}` : "{}";
    }
  }
}

function literalOf(members: readonly IrMember[], pick: (m: IrMember) => boolean, shapes: ReadonlyMap<string, IrShape>, depth: number, indent: string): string {
  const chosen = members.filter(pick);
  if (!chosen.length || depth > MAX_DEPTH) return "{}";
  const parts = chosen.map((m) => `${indent}${propertyKey(m.name)}: ${sample(m.type, m.name, shapes, depth + 1, indent)},`);
  return `{\n${parts.join("\n")}\n${indent.slice(2)}}`;
}

function sample(t: IrType, name: string, shapes: ReadonlyMap<string, IrShape>, depth: number, indent: string): string {
  switch (t.kind) {
    case "string": {
      if (t.knownValues?.length) return stringLiteral(t.knownValues[0]!.value);
      // A pattern we cannot satisfy by construction gets the member name as a hint.
      const base = t.pattern ? name.replace(/[^A-Za-z0-9]/g, "") || "x" : name;
      let s = base.slice(0, t.maxLength ?? base.length);
      while (s.length < (t.minLength ?? 0)) s += "x";
      return stringLiteral(s);
    }
    case "integer":
    case "long":
    case "float":
    case "double": {
      let n = t.minimum ?? (t.maximum !== undefined && t.maximum < 1 ? t.maximum : 1);
      while (t.excluded?.includes(n) && (t.maximum === undefined || n < t.maximum)) n++;
      return String(n);
    }
    case "boolean":
      return "true";
    case "timestamp":
      return 'new Date("2024-01-01T00:00:00Z")';
    case "list":
      return (t.minItems ?? 0) > 0 ? `[${sample(t.items, name, shapes, depth + 1, indent)}]` : "[]";
    case "map":
      return "{}";
    case "ref": {
      const s = shapes.get(t.name);
      if (s?.kind === "enum") return stringLiteral(s.values[0]?.value ?? "");
      if (s?.kind === "structure") return literalOf(s.members, (m) => m.required, shapes, depth, indent + "  ");
      return "{}";
    }
  }
}
