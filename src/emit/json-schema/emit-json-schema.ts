/**
 * Emits one JSON Schema 2020-12 document per service,
 * `schema/<service>.schema.json`: `$defs` holds every enum and every form of
 * every structure the validators check, each under the key of the validator
 * that checks it (refer to one as `<$id>#/$defs/<key>`):
 *
 * - `<Name>`: what `validate<Name>` checks (documented member names, the
 *   shape's public unknown-member policy); `<Name>.input` / `<Name>.output`
 *   where a structure is also checked under the other policy;
 * - `<Input>.lenient`: what `validate<Input>Lenient` checks (a client);
 * - `<Input>.body`: what `validate<Input>Body` checks (the JSON request body,
 *   wire names); `<Name>.wire` for structures below it whose wire names differ;
 * - `<Error>Data`: what `validate<Error>Data` checks.
 *
 * Timestamps in `date-time` use `format: "date-time"` (ajv needs ajv-formats).
 */
import type { IrService } from "../../ir/types.js";
import { printJson, type JsonValue } from "../../print/json.js";
import { compareStrings } from "../../util/sort.js";
import type { Emitter, GeneratedFile } from "../shared/emitter.js";
import { buildPlan, publicKey, type ValidationPlan } from "../validators/plan.js";
import { defRef, enumSchema, prune, structureSchema, type Schema } from "./shape-schema.js";

export const DIALECT = "https://json-schema.org/draft/2020-12/schema";

export const jsonSchemaEmitter: Emitter = {
  name: "json-schema",
  emit: (service) => emitJsonSchema(service),
};

/** The one schema file of a service. */
export function emitJsonSchema(service: IrService): GeneratedFile[] {
  return [{ path: schemaPath(service), contents: printJson(serviceSchema(buildPlan(service)) as JsonValue) }];
}

/** Where the package keeps its JSON Schema. */
export function schemaPath(service: IrService): string {
  return `schema/${service.id}.schema.json`;
}

/** The schema's `$id`, by which `$ref`s from elsewhere reach its `$defs`. */
export function schemaId(service: IrService): string {
  return `https://opforge.dev/schema/${service.id}.schema.json`;
}

export function serviceSchema(plan: ValidationPlan): Schema {
  const { service } = plan;
  const defs: Schema = Object.create(null);
  for (const s of service.shapes) if (s.kind === "enum") defs[s.name] = enumSchema(s);
  for (const v of plan.variants) defs[v.key] = structureSchema(v, plan);
  // A public form that is the same as another (no open rule, no wire name that differs) refers to it.
  for (const p of plan.publics) {
    const key = publicKey(p);
    if (defs[key] === undefined) defs[key] = { $ref: defRef(p.variant.key) };
  }
  return prune({
    $schema: DIALECT,
    $id: schemaId(service),
    title: service.title,
    description: [
      service.documentation,
      `Every shape of ${service.title}, by its documented (TypeScript) name, and every form the generated validators check; refer to one as \`#/$defs/<key>\`: \`<Name>\` (validate<Name>), \`<Input>.lenient\` (validate<Input>Lenient, what a client checks), \`<Input>.body\` (validate<Input>Body, the JSON request body in wire names), \`<Error>Data\` (validate<Error>Data).`,
    ]
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
