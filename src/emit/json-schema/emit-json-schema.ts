/**
 * Emits one JSON Schema 2020-12 document per service,
 * `schema/<service>.schema.json`: `$defs` holds every shape once, under its
 * own name, in the form its public `validate<Name>` checks (operation inputs
 * and outputs included: refer to one as `<$id>#/$defs/<Name>`); a structure
 * that inputs and outputs both reach, in a service whose policies differ,
 * also has its other form as `<Name>.input` / `<Name>.output`. Member names
 * are the documented (TypeScript) names, not wire names.
 */
import type { IrService } from "../../ir/types.js";
import { printJson, type JsonValue } from "../../print/json.js";
import { compareStrings } from "../../util/sort.js";
import type { Emitter, GeneratedFile } from "../shared/emitter.js";
import { buildPlan, type Policy, type ValidationPlan } from "../validators/plan.js";
import { defRef, enumSchema, prune, structureSchema, type Schema, type SchemaContext } from "./shape-schema.js";

export const DIALECT = "https://json-schema.org/draft/2020-12/schema";

export const jsonSchemaEmitter: Emitter = {
  name: "json-schema",
  emit: (service) => emitJsonSchema(service),
};

/** The one schema file of a service. */
export function emitJsonSchema(service: IrService): GeneratedFile[] {
  return [jsonFile(schemaPath(service), serviceSchema(buildPlan(service)))];
}

/** Where the package keeps its JSON Schema. */
export function schemaPath(service: IrService): string {
  return `schema/${service.id}.schema.json`;
}

/** The schema's `$id`, by which `$ref`s from elsewhere reach its `$defs`. */
export function schemaId(service: IrService): string {
  return `https://opforge.dev/schema/${service.id}.schema.json`;
}

function jsonFile(path: string, schema: Schema): GeneratedFile {
  return { path, contents: printJson(schema as JsonValue) };
}

function modeOf(policy: Policy, service: IrService): "input" | "output" {
  return service.unknownMembers.input === policy ? "input" : "output";
}

export function serviceSchema(plan: ValidationPlan): Schema {
  const { service } = plan;
  const defName = (name: string, policy: Policy) => (plan.publicPolicy.get(name) === policy ? name : `${name}.${modeOf(policy, service)}`);
  const ctx: SchemaContext = { shapes: plan.shapes, defName };
  const defs: Schema = Object.create(null);
  for (const s of service.shapes) if (s.kind === "enum") defs[s.name] = enumSchema(s);
  for (const v of plan.variants) defs[defName(v.shape.name, v.policy)] = structureSchema(v.shape, v.policy, ctx);
  return prune({
    $schema: DIALECT,
    $id: schemaId(service),
    title: service.title,
    description: [service.documentation, `Every shape of ${service.title}, by its documented (TypeScript) name; refer to one as \`#/$defs/<Name>\`.`]
      .filter(Boolean)
      .join("\n\n"),
    $defs: sortKeys(defs),
  });
}

function sortKeys(record: Schema): Schema {
  const out: Schema = Object.create(null);
  for (const k of Object.keys(record).sort(compareStrings)) out[k] = record[k];
  return out;
}
