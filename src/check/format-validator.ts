/**
 * The compiled validator of the spec format (schema/spec-format.schema.json).
 * Compiling the schema with ajv costs more than checking every spec, so the
 * compiled code (ajv's standalone output) is kept in the cache folder, keyed
 * by the schema's text and ajv's version, and loaded from there on later runs.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { ValidateFunction } from "ajv/dist/2020.js";
import { REPO_ROOT } from "../util/repo-root.js";
import { CACHE_DIR } from "../util/cache-dir.js";

const SCHEMA_FILE = path.join(REPO_ROOT, "schema", "spec-format.schema.json");
const require = createRequire(path.join(REPO_ROOT, "package.json"));

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
  const key = createHash("sha256").update(`${version}\0${text}`).digest("hex").slice(0, 32);
  const file = path.join(CACHE_DIR, `spec-format-${key}.cjs`);
  let validate: ValidateFunction;
  try {
    validate = require(file) as ValidateFunction;
  } catch {
    validate = compile(schema, file);
  }
  loaded = { validate, knownKeys: propertyNames(schema) };
  return loaded;
}

function compile(schema: object, file: string): ValidateFunction {
  const { Ajv2020 } = require("ajv/dist/2020.js") as typeof import("ajv/dist/2020.js");
  const standalone = (require("ajv/dist/standalone/index.js") as { default: (ajv: unknown, fn: unknown) => string }).default;
  const ajv = new Ajv2020({ allErrors: true, strict: false, code: { source: true } });
  const validate = ajv.compile(schema);
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, standalone(ajv, validate));
    renameSync(tmp, file);
  } catch {
    // A read-only cache folder costs the next run a compile, nothing more.
  }
  return validate;
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
