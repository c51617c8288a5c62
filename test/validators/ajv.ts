/**
 * ajv as the tests and the benchmark use it: Ajv2020 in strict mode, every
 * error (or the first, for pass/fail), own properties only (as the generated
 * code reads members), ajv-formats for `date-time`, compiled from one
 * `$defs` entry of a service's schema.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// ajv-formats is CommonJS: its default export arrives as the module object under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

export type CompiledSchema = ((value: unknown) => boolean) & { errors?: unknown };

/** The `$ref` of a `$defs` entry of `schema` (keys are JSON-pointer escaped, then URI-encoded). */
export function defUri(schema: Record<string, unknown>, key: string): string {
  return `${schema.$id as string}#/$defs/${encodeURIComponent(key.replace(/~/g, "~0").replace(/\//g, "~1"))}`;
}

/** ajv's validator for `$defs/<key>` of `schema`. */
export function schemaAjv(schema: Record<string, unknown>, key: string, options: { allErrors?: boolean } = {}): CompiledSchema {
  const ajv = newAjv(options.allErrors ?? true);
  ajv.addSchema(schema);
  const compiled = ajv.getSchema(defUri(schema, key));
  if (!compiled) throw new Error(`no $defs/${key} in ${schema.$id as string}`);
  return compiled as CompiledSchema;
}

/** Ajv2020, strict, own properties only, with ajv-formats. */
export function newAjv(allErrors: boolean): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors, ownProperties: true });
  addFormats(ajv);
  return ajv;
}
