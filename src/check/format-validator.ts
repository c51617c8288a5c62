/**
 * The compiled validator of the spec format (schema/spec-format.schema.json),
 * fast to load and linear in the number of errors it finds.
 *
 * Compiling the schema with ajv costs more than checking every spec, so the
 * compiled code (ajv's standalone output) is kept in the cache folder, keyed
 * by the schema's text and ajv's version, and loaded from there on later runs.
 *
 * ajv merges the errors of each referenced schema into the caller's list
 * with `vErrors.concat(callee.errors)`, a copy of every error found so far:
 * a file with one broken member in 150,000 takes minutes (quadratic). The
 * standalone source therefore has each such merge made an append in place.
 * The caller's list is its own local array (or a finished callee's, which
 * nothing reads again), so appending to it changes no other list.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Ajv2020 as AjvClass, ValidateFunction } from "ajv/dist/2020.js";
import { CACHE_DIR } from "../util/cache-dir.js";
import { REPO_ROOT } from "../util/repo-root.js";

const SCHEMA_FILE = path.join(REPO_ROOT, "schema", "spec-format.schema.json");
const require = createRequire(path.join(REPO_ROOT, "package.json"));
/** Bump when the rewritten source changes for the same schema and ajv. */
const BUILD = "2";

/** `vErrors = vErrors === null ? X : vErrors.concat(X);` as ajv writes it. */
const MERGE = /vErrors = vErrors === null \? ([\w$.]+) : vErrors\.concat\(\1\);/g;

/** Defined in the compiled module: appends `more` to `list` in place, returns `list`. */
const APPEND = "function appendErrors(list, more) { for (let i = 0; i < more.length; i++) list.push(more[i]); return list; }\n";

export interface FormatValidator {
  validate: ValidateFunction;
  /** Every property name the schema knows (for "a known field where it does not belong"). */
  knownKeys: string[];
}


let loaded: FormatValidator | undefined;

export function formatValidator(): FormatValidator {
  if (loaded) return loaded;
  const text = readFileSync(SCHEMA_FILE, "utf8");
  const schema = JSON.parse(text) as object;
  const version = (require("ajv/package.json") as { version: string }).version;
  const key = createHash("sha256").update(`${BUILD}\0${version}\0${text}`).digest("hex").slice(0, 32);
  const file = path.join(CACHE_DIR, `spec-format-${key}.cjs`);
  let validate: ValidateFunction;
  try {
    validate = exported(require(file));
  } catch {
    validate = load(compileFormatSource(schema), file);
  }
  loaded = { validate, knownKeys: propertyNames(schema) };
  return loaded;
}

/** The validator's standalone CommonJS source, its error merges appending in place. */
export function compileFormatSource(schema: object): string {
  const { Ajv2020 } = require("ajv/dist/2020.js") as { Ajv2020: typeof AjvClass };
  const standaloneModule = require("ajv/dist/standalone/index.js") as { default?: unknown };
  const standalone = (standaloneModule.default ?? standaloneModule) as (ajv: AjvClass, fn: ValidateFunction) => string;
  const ajv = new Ajv2020({ allErrors: true, strict: false, code: { source: true } });
  const source = standalone(ajv, ajv.compile(schema)).replace(MERGE, (_all, errs: string) => `vErrors = vErrors === null ? ${errs} : appendErrors(vErrors, ${errs});`);
  return APPEND + source;
}

/** Writes the source to the cache (best effort) and loads it. */
function load(source: string, file: string): ValidateFunction {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, source);
    renameSync(tmp, file);
    return exported(require(file));
  } catch {
    // A read-only cache folder costs the next run a compile, nothing more.
    const module = { exports: {} as unknown };
    new Function("require", "module", "exports", source)(require, module, module.exports);
    return exported(module.exports);
  }
}

function exported(mod: unknown): ValidateFunction {
  const m = mod as { default?: ValidateFunction } & ValidateFunction;
  return m.default ?? m;
}

function propertyNames(schema: unknown): string[] {
  const names = new Set<string>();
  const walk = (node: unknown) => {
    if (!node || typeof node !== "object") return;
    const props = (node as { properties?: Record<string, unknown> }).properties;
    if (props) for (const k of Object.keys(props)) names.add(k);
    for (const v of Object.values(node)) walk(v);
  };
  walk(schema);
  return [...names].sort();
}
