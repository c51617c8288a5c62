/**
 * IR types -> OpenAPI 3.1 (JSON Schema 2020-12) schemas. Bodies use wire
 * names (the JSON keys), unlike the JSON Schema emitter, which uses the
 * documented names. Named shapes become `#/components/schemas/<Name>`.
 */
import type { OpenAPIV3_1 } from "openapi-types";
import type { IrEnumShape, IrMember, IrService, IrStructureShape, IrType, JsonValue } from "../../ir/types.js";
import { keyed } from "./records.js";

export type Schema = OpenAPIV3_1.SchemaObject;
export type SchemaOrRef = OpenAPIV3_1.SchemaObject | OpenAPIV3_1.ReferenceObject;

export function schemaRef(name: string): OpenAPIV3_1.ReferenceObject {
  return { $ref: `#/components/schemas/${name}` };
}

/** The schema of one IR type. */
export function typeSchema(t: IrType): SchemaOrRef {
  switch (t.kind) {
    case "string": {
      const s: Schema = { type: "string" };
      if (t.minLength !== undefined) s.minLength = t.minLength;
      if (t.maxLength !== undefined) s.maxLength = t.maxLength;
      if (t.pattern !== undefined) s.pattern = t.pattern;
      // Known values of an open string document it; allowed values (closed) are the only ones, as in the JSON Schema.
      if (t.knownValues?.length) {
        if (t.closed) s.enum = t.knownValues.map((v) => v.value);
        else s.examples = t.knownValues.map((v) => v.value);
      }
      return s;
    }
    case "integer":
    case "long":
    case "float":
    case "double": {
      const integral = t.kind === "integer" || t.kind === "long";
      const s: Schema = { type: integral ? "integer" : "number", format: FORMATS[t.kind] };
      if (t.minimum !== undefined) s.minimum = t.minimum;
      if (t.maximum !== undefined) s.maximum = t.maximum;
      if (t.excluded?.length) s.not = { enum: [...t.excluded] };
      return s;
    }
    case "boolean":
      return { type: "boolean" };
    case "timestamp":
      if (t.format === "epoch-seconds") return { type: "number", description: "Seconds since 1970-01-01T00:00:00Z." };
      if (t.format === "http-date") return { type: "string", description: "An HTTP date (RFC 9110), e.g. Tue, 29 Apr 2014 18:30:38 GMT." };
      return { type: "string", format: "date-time" };
    case "list": {
      const s: OpenAPIV3_1.ArraySchemaObject = { type: "array", items: typeSchema(t.items) };
      if (t.minItems !== undefined) s.minItems = t.minItems;
      if (t.maxItems !== undefined) s.maxItems = t.maxItems;
      return s;
    }
    case "map": {
      const s: Schema = { type: "object", additionalProperties: typeSchema(t.value) };
      const key = typeSchema(t.key);
      // Plain `type: string` keys say nothing JSON object keys do not already say.
      if ("$ref" in key || Object.keys(key).length > 1) (s as Record<string, unknown>).propertyNames = key;
      if (t.minEntries !== undefined) s.minProperties = t.minEntries;
      if (t.maxEntries !== undefined) s.maxProperties = t.maxEntries;
      return s;
    }
    case "ref":
      return schemaRef(t.name);
  }
}

const FORMATS: Record<string, string> = { integer: "int32", long: "int64", float: "float", double: "double" };

/** A member's schema with its documentation, default and deprecation. */
export function memberSchema(m: IrMember): SchemaOrRef {
  const base = typeSchema(m.type);
  const s: Record<string, unknown> = { ...base };
  if (m.documentation) s.description = m.documentation;
  if (m.default !== undefined) s.default = m.default as JsonValue;
  if (m.deprecated) s.deprecated = true;
  return s as SchemaOrRef;
}

/** The JSON object of a structure's body members, keyed by wire name. */
export function bodySchema(members: readonly IrMember[], documentation: string | undefined, closed: boolean): Schema {
  const body = members.filter((m) => m.location === "body");
  const s: Schema = { type: "object" };
  if (documentation) s.description = documentation;
  s.properties = keyed(body.map((m) => [m.wireName, memberSchema(m)] as const));
  const required = body.filter((m) => m.required).map((m) => m.wireName);
  if (required.length) s.required = required;
  // Explicit both ways: open shapes say so, since linters and mocks read a
  // missing additionalProperties as "closed" when they check examples.
  s.additionalProperties = !closed;
  return s;
}

export function structureSchema(shape: IrStructureShape, service: IrService): Schema {
  return bodySchema(shape.members, shape.documentation, isClosed(shape, service));
}

/**
 * Unknown members are rejected only where the service says so and the shape
 * is never part of a response (responses may grow members at any time).
 */
function isClosed(shape: IrStructureShape, service: IrService): boolean {
  const { input, output, error } = shape.usage;
  if (input && !output && !error) return service.unknownMembers.input === "reject";
  if (!input && (output || error)) return service.unknownMembers.output === "reject";
  return false;
}

export function enumSchema(shape: IrEnumShape): Schema {
  const documented = shape.values.filter((v) => v.documentation);
  const lines = documented.map((v) => `- \`${v.value}\`: ${v.documentation}`);
  const description = [shape.documentation, lines.join("\n")].filter(Boolean).join("\n\n");
  const s: Schema = { type: "string", enum: shape.values.map((v) => v.value) };
  if (description) s.description = description;
  return s;
}
