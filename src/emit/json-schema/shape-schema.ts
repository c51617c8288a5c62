/**
 * IR types and shapes as JSON Schema 2020-12 subschemas, with the same
 * semantics as the generated validators (see ../validators/plan.ts for the
 * unknown-member policy and ../validators/formats.ts for timestamps).
 */
import type { IrEnumShape, IrMember, IrShape, IrStringType, IrStructureShape, IrType } from "../../ir/types.js";
import { timestampPattern } from "../validators/formats.js";
import type { Policy } from "../validators/plan.js";

/** A JSON Schema object under construction; `undefined` entries are pruned before output. */
export type Schema = { [key: string]: unknown };

/** Maps a (structure, policy) reference to the `$defs` key that holds it. */
export type DefName = (structure: string, policy: Policy) => string;

export interface SchemaContext {
  shapes: ReadonlyMap<string, IrShape>;
  defName: DefName;
}

export function defRef(key: string): string {
  return `#/$defs/${encodeURIComponent(key.replace(/~/g, "~0").replace(/\//g, "~1"))}`;
}

function stringSchema(t: IrStringType): Schema {
  return {
    type: "string",
    minLength: t.minLength,
    maxLength: t.maxLength,
    pattern: t.pattern,
    examples: t.knownValues?.length ? t.knownValues.map((v) => v.value) : undefined,
  };
}

export function typeSchema(type: IrType, policy: Policy, ctx: SchemaContext): Schema {
  switch (type.kind) {
    case "string":
      return stringSchema(type);
    case "integer":
    case "long":
    case "float":
    case "double":
      return {
        type: type.kind === "integer" || type.kind === "long" ? "integer" : "number",
        minimum: type.minimum,
        maximum: type.maximum,
        not: type.excluded?.length ? { enum: type.excluded } : undefined,
      };
    case "boolean":
      return { type: "boolean" };
    case "timestamp": {
      const pattern = timestampPattern(type);
      return pattern ? { type: "string", pattern } : { type: "number" };
    }
    case "list":
      return { type: "array", items: typeSchema(type.items, policy, ctx), minItems: type.minItems, maxItems: type.maxItems };
    case "map": {
      const k = type.key;
      const key = k.kind === "ref" ? { $ref: defRef(k.name) } : k.kind === "string" ? stringSchema(k) : { type: "string" };
      const constrained = k.kind === "ref" || (k.kind === "string" && (k.minLength !== undefined || k.maxLength !== undefined || k.pattern !== undefined));
      return {
        type: "object",
        propertyNames: constrained ? prune({ ...key, examples: undefined }) : undefined,
        additionalProperties: typeSchema(type.value, policy, ctx),
        minProperties: type.minEntries,
        maxProperties: type.maxEntries,
      };
    }
    case "ref":
      return { $ref: defRef(ctx.shapes.get(type.name)?.kind === "structure" ? ctx.defName(type.name, policy) : type.name) };
  }
}

function memberSchema(m: IrMember, policy: Policy, ctx: SchemaContext): Schema {
  return {
    ...typeSchema(m.type, policy, ctx),
    description: m.documentation,
    default: m.default,
    deprecated: m.deprecated ? true : undefined,
  };
}

export function structureSchema(shape: IrStructureShape, policy: Policy, ctx: SchemaContext): Schema {
  const properties: Schema = Object.create(null);
  for (const m of shape.members) properties[m.name] = prune(memberSchema(m, policy, ctx));
  const required = shape.members.filter((m) => m.required).map((m) => m.name);
  return prune({
    title: shape.name,
    description: shape.documentation,
    type: "object",
    properties,
    required: required.length ? required : undefined,
    additionalProperties: policy === "reject" ? false : undefined,
  });
}

export function enumSchema(shape: IrEnumShape): Schema {
  const valueDocs = shape.values.filter((v) => v.documentation).map((v) => `- ${v.value}: ${v.documentation}`);
  const description = [shape.documentation, valueDocs.join("\n")].filter((s) => s).join("\n\n");
  return prune({ title: shape.name, description: description || undefined, type: "string", enum: shape.values.map((v) => v.value) });
}

/** Drops undefined entries (recursively) so the output is plain JSON. */
export function prune(schema: Schema): Schema {
  // Null prototype: a key such as `__proto__` (a member name or a default's map key) stays a plain key.
  const out: Schema = Object.create(null);
  for (const [k, v] of Object.entries(schema)) {
    if (v === undefined) continue;
    out[k] = v !== null && typeof v === "object" && !Array.isArray(v) ? prune(v as Schema) : v;
  }
  return out;
}
