/**
 * IR types and structure variants as JSON Schema 2020-12 subschemas, with the
 * same semantics as the generated validators: the same forms (see
 * ../validators/plan.ts), the same rules per form (../validators/rules.ts),
 * the same timestamp checks (../validators/formats.ts), and the validators'
 * list bound as `maxItems`.
 */
import type { IrEnumShape, IrMember, IrStringType, IrType } from "../../ir/types.js";
import { MAX_DEPTH, MAX_ITEMS } from "../../runtime/shared/validation.js";
import { timestampCheck } from "../validators/formats.js";
import { memberName, type Form, type ShapeVariant, type ValidationPlan } from "../validators/plan.js";
import { allowedValues, effective } from "../validators/rules.js";

/** A JSON Schema object under construction; `undefined` entries are pruned before output. */
export type Schema = { [key: string]: unknown };

export function defRef(key: string): string {
  return `#/$defs/${encodeURIComponent(key.replace(/~/g, "~0").replace(/\//g, "~1"))}`;
}

function stringSchema(t: IrStringType): Schema {
  const values = allowedValues(t);
  return {
    type: "string",
    enum: values,
    minLength: t.minLength,
    maxLength: t.maxLength,
    pattern: t.pattern,
    // Open documented values (or closed ones a lenient form leaves open) document the string.
    examples: !values && t.knownValues?.length ? t.knownValues.map((v) => v.value) : undefined,
  };
}

/** The form a member's nested structures are read in (below a body: wire names). */
const below = (form: Form): Form => ({ ...form, body: false, wire: form.wire || form.body });

export function typeSchema(irType: IrType, form: Form, plan: ValidationPlan): Schema {
  const type = effective(irType, form.lenient);
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
      const check = timestampCheck(type);
      if (check.kind === "number") return { type: "number" };
      return check.kind === "date-time" ? { type: "string", format: "date-time" } : { type: "string", pattern: check.pattern };
    }
    case "list":
      return {
        type: "array",
        items: typeSchema(type.items, form, plan),
        minItems: type.minItems,
        // The validators' own bound (MAX_ITEMS) where the shape declares none smaller.
        maxItems: Math.min(type.maxItems ?? MAX_ITEMS, MAX_ITEMS),
      };
    case "map": {
      const k = type.key.kind === "string" ? effective(type.key, form.lenient) : type.key;
      const key = k.kind === "ref" ? { $ref: defRef(k.name) } : k.kind === "string" ? stringSchema(k) : { type: "string" };
      const constrained = Object.keys(prune({ ...key, type: undefined, examples: undefined })).length > 0;
      return {
        type: "object",
        propertyNames: constrained ? prune({ ...key, examples: undefined }) : undefined,
        additionalProperties: typeSchema(type.value, form, plan),
        minProperties: type.minEntries,
        maxProperties: type.maxEntries,
      };
    }
    case "ref":
      if (plan.shapes.get(type.name)?.kind !== "structure") return { $ref: defRef(type.name) };
      return { $ref: defRef(plan.variantOf(type.name, form).key) };
  }
}

function memberSchema(m: IrMember, form: Form, plan: ValidationPlan): Schema {
  return {
    ...typeSchema(m.type, below(form), plan),
    description: m.documentation,
    default: m.default,
    deprecated: m.deprecated ? true : undefined,
  };
}

export function structureSchema(variant: ShapeVariant, plan: ValidationPlan): Schema {
  const { shape, form, members } = variant;
  const properties: Schema = Object.create(null);
  for (const m of members) properties[memberName(m, form)] = prune(memberSchema(m, form, plan));
  const required = members.filter((m) => m.required).map((m) => memberName(m, form));
  const notes = [
    form.body ? `The JSON body of ${shape.name} as sent: body members by wire name.` : form.wire ? "Members by wire name." : undefined,
    form.lenient ? "Lenient: without the rules the vendor's model leaves open." : undefined,
  ].filter(Boolean);
  return prune({
    title: variant.title,
    description: [shape.documentation, ...notes].filter(Boolean).join("\n\n") || undefined,
    $comment: plan.recursive.has(shape.name) ? `Recursive: the generated validators also stop at ${MAX_DEPTH} nested structures (rule maxDepth), which JSON Schema cannot say.` : undefined,
    type: "object",
    properties,
    required: required.length ? required : undefined,
    additionalProperties: form.policy === "reject" ? false : undefined,
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
