/**
 * The compiled validator of the spec format, linear in the number of
 * errors it finds.
 *
 * ajv merges the errors of each referenced schema into the caller's list
 * with `vErrors.concat(callee.errors)`, a copy of every error found so far:
 * a file with one broken member in 150,000 takes minutes (quadratic). The
 * validator is therefore compiled to ajv's standalone source once, each
 * such merge made an append in place, and the source loaded as a function,
 * as ajv itself loads what it compiles. The caller's list is its own local
 * array (or a finished callee's, which nothing reads again), so appending
 * to it changes no other list.
 */
import { createRequire } from "node:module";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import standaloneModule from "ajv/dist/standalone/index.js";

type Standalone = (ajv: Ajv2020, validate: ValidateFunction) => string;

// The CommonJS module's default export, however the ESM interop presents it.
const standaloneCode: Standalone = ((standaloneModule as unknown as { default?: Standalone }).default ?? standaloneModule) as unknown as Standalone;

/** `vErrors = vErrors === null ? X : vErrors.concat(X);` as ajv writes it. */
const MERGE = /vErrors = vErrors === null \? ([\w$.]+) : vErrors\.concat\(\1\);/g;

/** Appends `more` to `list` in place; returns `list`. */
function appendErrors<T>(list: T[], more: readonly T[]): T[] {
  for (let i = 0; i < more.length; i++) list.push(more[i]!);
  return list;
}

/** How many merges were rewritten in the last compile (0 would mean ajv changed how it writes them). */
export let rewrittenMerges = 0;

/** Compiles `schema` with ajv (all errors, non-strict), its error merges appending in place. */
export function compileFormatValidator(schema: object): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, strict: false, code: { source: true } });
  const validate = ajv.compile(schema);
  let count = 0;
  const source = standaloneCode(ajv, validate).replace(MERGE, (_all, errs: string) => {
    count++;
    return `vErrors = vErrors === null ? ${errs} : appendErrors(vErrors, ${errs});`;
  });
  rewrittenMerges = count;
  const module = { exports: {} as { default?: ValidateFunction } | ValidateFunction };
  // ajv's standalone source is a CommonJS module requiring ajv's runtime helpers.
  new Function("require", "module", "exports", "appendErrors", source)(createRequire(import.meta.url), module, module.exports, appendErrors);
  const exported = module.exports as { default?: ValidateFunction } & ValidateFunction;
  return exported.default ?? exported;
}
