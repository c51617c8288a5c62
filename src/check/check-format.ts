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

/** Drops combinator noise (if/oneOf/anyOf) when a more specific error explains the problem. */
function pruneErrors(errors: ErrorObject[]): ErrorObject[] {
  const specific = errors.filter((e) => !["if", "oneOf", "anyOf", "then", "else"].includes(e.keyword));
  if (specific.length === 0) return errors;
  // Inside a oneOf/anyOf, keep only the branch that got deepest into the value.
  const depth = (e: ErrorObject) => e.instancePath.split("/").length;
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of specific) {
    const branch = e.schemaPath.match(/^(.*\/(?:oneOf|anyOf))\/(\d+)\//);
    const key = branch ? `${e.instancePath.split("/").slice(0, 1).join("/")}|${branch[1]}` : "";
    if (!key) continue;
    byPath.set(key, [...(byPath.get(key) ?? []), e]);
  }
  const dropped = new Set<ErrorObject>();
  for (const group of byPath.values()) {
    const branches = new Map<string, ErrorObject[]>();
    for (const e of group) {
      const b = e.schemaPath.match(/(?:oneOf|anyOf)\/(\d+)\//)![1]!;
      branches.set(b, [...(branches.get(b) ?? []), e]);
    }
    if (branches.size < 2) continue;
    const best = [...branches.values()].sort((x, y) => Math.max(...y.map(depth)) - Math.max(...x.map(depth)))[0]!;
    for (const e of group) if (!best.includes(e)) dropped.add(e);
  }
  return specific.filter((e) => !dropped.has(e));
}

/**
 * When a nested value is invalid, JSON Schema drops the annotations of the
 * subschema that failed, so `unevaluatedProperties` then flags the parent's
 * valid fields (`type`, `items`) as unknown. Such a report is noise when the
 * field is a spec-format field and a deeper error explains the failure.
 */
function dropLostAnnotations(errors: ErrorObject[], knownKeys: readonly string[]): ErrorObject[] {
  return errors.filter((e) => {
    if (e.keyword !== "unevaluatedProperties") return true;
    const field = (e.params as { unevaluatedProperty?: string }).unevaluatedProperty ?? "";
    if (!knownKeys.includes(field)) return true;
    return !errors.some((other) => other !== e && other.instancePath.startsWith(`${e.instancePath}/`));
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
      const name = path[path.length - 1] ?? "";
      const isName = e.schemaPath.includes("propertyNames");
      return {
        ...base,
        loc: file.locate(path, { key: isName }),
        code: "bad-name",
        message: `${isName ? "name" : "value"} '${isName ? (e.propertyName ?? name) : String(valueAt(file.data, path))}' in ${where} does not match ${(e.params as { pattern: string }).pattern}`,
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

function valueAt(data: unknown, path: string[]): unknown {
  let v = data;
  for (const p of path) v = v && typeof v === "object" ? (v as Record<string, unknown>)[p] : undefined;
  return v;
}
