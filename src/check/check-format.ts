/**
 * Checks each spec file against the committed JSON Schema of the spec format
 * (schema/spec-format.schema.json), turning schema errors into diagnostics
 * at the offending key.
 */
import type { ErrorObject } from "ajv/dist/2020.js";
import type { Diagnostic } from "./diagnostics.js";
import { closest } from "./did-you-mean.js";
import type { YamlFile } from "../load/read-yaml.js";
import { compareStrings } from "../util/sort.js";

import { formatValidator as validator } from "./format-validator.js";

/** Diagnostics for every way `file` departs from the spec format. */
export function checkFormat(file: YamlFile): Diagnostic[] {
  if (file.data === undefined) return [];
  const { validate, knownKeys } = validator();
  if (validate(file.data)) return [];
  const errors = dropLostAnnotations(pruneErrors(validate.errors ?? []), knownKeys);
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const d = toDiagnostic(file, e, knownKeys);
    const id = `${d.loc.line}:${d.loc.col}:${d.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(d);
  }
  return out;
}

const COMBINATORS: ReadonlySet<string> = new Set(["if", "oneOf", "anyOf", "then", "else"]);

/**
 * Drops combinator noise (if/oneOf/anyOf) when a more specific error
 * explains the problem. Linear in the number of errors: a file can carry
 * one error per member, and a structure can have 100,000 members.
 */
function pruneErrors(errors: ErrorObject[]): ErrorObject[] {
  const specific = errors.filter((e) => !COMBINATORS.has(e.keyword));
  if (specific.length === 0) return errors;
  // Inside a oneOf/anyOf, keep only the branch that got deepest into the value.
  const depth = (e: ErrorObject) => e.instancePath.split("/").length;
  const groups = new Map<string, Map<string, { errors: ErrorObject[]; depth: number }>>();
  for (const e of specific) {
    const combinator = e.schemaPath.match(/^(.*\/(?:oneOf|anyOf))\/(\d+)\//);
    if (!combinator) continue;
    const branch = e.schemaPath.match(/(?:oneOf|anyOf)\/(\d+)\//)![1]!;
    let branches = groups.get(combinator[1]!);
    if (!branches) groups.set(combinator[1]!, (branches = new Map()));
    const b = branches.get(branch);
    if (b) {
      b.errors.push(e);
      b.depth = Math.max(b.depth, depth(e));
    } else branches.set(branch, { errors: [e], depth: depth(e) });
  }
  const dropped = new Set<ErrorObject>();
  for (const branches of groups.values()) {
    if (branches.size < 2) continue;
    let best: { errors: ErrorObject[]; depth: number } | undefined;
    for (const b of branches.values()) if (!best || b.depth > best.depth) best = b;
    for (const b of branches.values()) if (b !== best) for (const e of b.errors) dropped.add(e);
  }
  // A name that fails its pattern says more than the parent's `propertyNames` failure.
  const namedPaths = new Set(specific.filter((e) => e.propertyName !== undefined).map((e) => e.instancePath));
  return specific.filter((e) => !dropped.has(e) && !(e.keyword === "propertyNames" && namedPaths.has(e.instancePath)));
}

/**
 * When a nested value is invalid, JSON Schema drops the annotations of the
 * subschema that failed, so `unevaluatedProperties` then flags the parent's
 * valid fields (`type`, `items`) as unknown. Such a report is noise when the
 * field is a spec-format field and a deeper error explains the failure.
 */
function dropLostAnnotations(errors: ErrorObject[], knownKeys: readonly string[]): ErrorObject[] {
  // Every proper prefix of an error's path: the paths some error lies below.
  const hasDeeper = new Set<string>();
  for (const e of errors) {
    const p = e.instancePath;
    for (let i = p.indexOf("/"); i >= 0; i = p.indexOf("/", i + 1)) hasDeeper.add(p.slice(0, i));
  }
  const known = new Set(knownKeys);
  return errors.filter((e) => {
    if (e.keyword !== "unevaluatedProperties") return true;
    const field = (e.params as { unevaluatedProperty?: string }).unevaluatedProperty ?? "";
    return !known.has(field) || !hasDeeper.has(e.instancePath);
  });
}

function toDiagnostic(file: YamlFile, e: ErrorObject, knownKeys: string[]): Diagnostic {
  const path = e.instancePath
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const where = path.length ? `'${path.join(".")}'` : "the file";
  const base = { severity: "error" as const };
  switch (e.keyword) {
    case "additionalProperties":
    case "unevaluatedProperties": {
      const field = String(
        (e.params as { additionalProperty?: string; unevaluatedProperty?: string }).additionalProperty ??
          (e.params as { unevaluatedProperty?: string }).unevaluatedProperty,
      );
      // A spec-format field in the wrong place (e.g. `wireName` on a list's items) is not a typo.
      const misplaced = knownKeys.includes(field);
      const guess = misplaced ? undefined : closest(field, knownKeys);
      return {
        ...base,
        loc: file.locate([...path, field], { key: true }),
        code: "unknown-field",
        message: misplaced ? `field '${field}' is not allowed in ${where}` : `unknown field '${field}' in ${where}`,
        hint: guess ? `did you mean '${guess}'?` : "see docs/spec-format.md for the fields allowed here",
      };
    }
    case "required": {
      const field = (e.params as { missingProperty: string }).missingProperty;
      return {
        ...base,
        loc: file.locate(path, { key: true }),
        code: "missing-field",
        message: `missing required field '${field}' in ${where}`,
        hint: "see docs/spec-format.md",
      };
    }
    case "enum":
      return {
        ...base,
        loc: file.locate(path),
        code: "bad-value",
        message: `${where} must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(", ")}`,
        hint: "see docs/spec-format.md",
      };
    case "propertyNames":
      return { ...base, loc: file.locate(path), code: "bad-name", message: `invalid name in ${where}`, hint: "see the next error" };
    case "pattern": {
      // A name check (propertyNames) reports the offending key; its instancePath is the parent's.
      const isName = e.propertyName !== undefined || e.schemaPath.includes("propertyNames");
      const shown = isName ? (e.propertyName ?? path[path.length - 1] ?? "") : display(valueAt(file.data, path));
      return {
        ...base,
        loc: isName && e.propertyName !== undefined ? file.locate([...path, e.propertyName], { key: true }) : file.locate(path, { key: isName }),
        code: "bad-name",
        message: `${isName ? "name" : "value"} '${shown}' in ${where} does not match ${(e.params as { pattern: string }).pattern}`,
        hint: e.schemaPath.includes("typeName")
          ? "type names are PascalCase identifiers"
          : e.schemaPath.includes("identifier")
            ? "member names are identifiers (letters, digits, _)"
            : "see docs/spec-format.md",
      };
    }
    default:
      return {
        ...base,
        loc: file.locate(path),
        code: "bad-value",
        message: `${where} ${e.message ?? "is invalid"}`,
        hint: "see docs/spec-format.md",
      };
  }
}

/** The value at `path`, own properties only (a member named `toString` must not find Object.prototype's). */
function valueAt(data: unknown, path: string[]): unknown {
  let v = data;
  for (const p of path) v = v && typeof v === "object" && Object.hasOwn(v, p) ? (v as Record<string, unknown>)[p] : undefined;
  return v;
}

/** Spec data for a message, never through its own `toString` (spec keys can shadow it). */
function display(v: unknown): string {
  if (typeof v === "string") return v;
  if (Array.isArray(v)) return "a list";
  if (v && typeof v === "object") return "a mapping";
  return JSON.stringify(v) ?? "nothing";
}
