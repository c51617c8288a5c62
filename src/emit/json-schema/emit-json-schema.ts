/**
 * Emits JSON Schema 2020-12 under `schema/`:
 * - `<service>.schema.json`: `$defs` with every shape, each under its own name
 *   in the form its public `validate<Name>` checks; a structure that inputs
 *   and outputs both reach, in a service whose policies differ, also has its
 *   other form as `<Name>.input` / `<Name>.output`;
 * - `<Operation>.input.schema.json` / `.output.schema.json`: self-contained
 *   (own `$defs`), the root's policy applied throughout, ready for ajv.
 * Member names are the documented (TypeScript) names, not wire names.
 */
import type { IrOperation, IrService, IrShape, IrType } from "../../ir/types.js";
import { compareStrings } from "../../util/sort.js";
import type { Emitter, GeneratedFile } from "../shared/emitter.js";
import { buildPlan, type Policy, type ValidationPlan } from "../validators/plan.js";
import { defRef, enumSchema, prune, structureSchema, type Schema, type SchemaContext } from "./shape-schema.js";

export const DIALECT = "https://json-schema.org/draft/2020-12/schema";

export const jsonSchemaEmitter: Emitter = {
  name: "json-schema",
  emit(service) {
    const plan = buildPlan(service);
    const files = [jsonFile(`schema/${service.id}.schema.json`, serviceSchema(plan))];
    for (const op of service.operations) {
      files.push(jsonFile(`schema/${op.name}.input.schema.json`, operationSchema(plan, op, "input")));
      files.push(jsonFile(`schema/${op.name}.output.schema.json`, operationSchema(plan, op, "output")));
    }
    return files;
  },
};

function jsonFile(path: string, schema: Schema): GeneratedFile {
  return { path, contents: JSON.stringify(schema, null, 2) + "\n" };
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
    title: service.title,
    description: [service.documentation, `Every shape of ${service.title}, by its documented (TypeScript) name; refer to one as \`#/$defs/<Name>\`.`]
      .filter(Boolean)
      .join("\n\n"),
    $defs: sortKeys(defs),
  });
}

export function operationSchema(plan: ValidationPlan, op: IrOperation, root: "input" | "output"): Schema {
  const { service, shapes } = plan;
  const policy = service.unknownMembers[root];
  const rootName = root === "input" ? op.input : op.output;
  const ctx: SchemaContext = { shapes, defName: (name) => name };
  const defs: Schema = Object.create(null);
  for (const name of reachable(rootName, shapes)) {
    const s = shapes.get(name)!;
    defs[name] = s.kind === "enum" ? enumSchema(s) : structureSchema(s, policy, ctx);
  }
  return prune({
    $schema: DIALECT,
    title: `${op.name} ${root}`,
    description: [op.documentation, `${root === "input" ? "Input" : "Output"} of ${op.name} (\`${op.http.method} ${op.http.path}\`), by documented member names; unknown members are ${policy === "reject" ? "rejected" : "allowed"}.`]
      .filter(Boolean)
      .join("\n\n"),
    $ref: defRef(rootName),
    $defs: sortKeys(defs),
  });
}

/** Shapes (structures and enums) reachable from `root`, sorted by name. */
function reachable(root: string, shapes: ReadonlyMap<string, IrShape>): string[] {
  const seen = new Set<string>();
  const visit = (name: string) => {
    const s = shapes.get(name);
    if (!s || seen.has(name)) return;
    seen.add(name);
    if (s.kind !== "structure") return;
    for (const m of s.members) {
      for (const ref of allRefs(m.type)) visit(ref);
    }
  };
  visit(root);
  return [...seen].sort(compareStrings);
}

/** Every shape name a type refers to: structures, enums, enum map keys. */
function allRefs(type: IrType, out: string[] = []): string[] {
  if (type.kind === "ref") out.push(type.name);
  else if (type.kind === "list") allRefs(type.items, out);
  else if (type.kind === "map") {
    allRefs(type.key, out);
    allRefs(type.value, out);
  }
  return out;
}

function sortKeys(record: Schema): Schema {
  const out: Schema = Object.create(null);
  for (const k of Object.keys(record).sort(compareStrings)) out[k] = record[k];
  return out;
}
