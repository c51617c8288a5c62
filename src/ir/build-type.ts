/**
 * One type definition (a member, `items:`, `keys:`, `values:`) -> IrType.
 * Inline structures and enums become named shapes and are referred to.
 * Nothing is judged here: fields that do not apply are recorded as `stray`
 * for `check/fields.ts`, references are resolved by `check/refs.ts`.
 */
import type { RawTypeDef } from "../spec/raw.js";
import type { BuildContext } from "./context.js";
import { buildEnumShape, enumValue } from "./build-enum.js";
import type {
  FieldLocations,
  IrStrayField,
  IrType,
  SourceLocation,
  TimestampFormat,
} from "./shape-types.js";
import { numberBounds } from "./number-ranges.js";
import { locOf, under, type Where } from "./where.js";

/** Constraint fields each `type:` accepts (see the spec-format schema). */
export const TYPE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  string: ["minLength", "maxLength", "pattern", "knownValues", "allowedValues", "openInModel"],
  integer: ["minimum", "maximum", "excluded", "openInModel"],
  long: ["minimum", "maximum", "excluded", "openInModel"],
  float: ["minimum", "maximum", "excluded", "openInModel"],
  double: ["minimum", "maximum", "excluded", "openInModel"],
  boolean: [],
  timestamp: ["format"],
  list: ["items", "minItems", "maxItems", "openInModel"],
  map: ["keys", "values", "minEntries", "maxEntries", "openInModel"],
  structure: ["members", "name", "include"],
  enum: ["values", "name"],
  ref: [],
};

/** Every constraint field of any type. */
export const CONSTRAINT_FIELDS: readonly string[] = [...new Set(Object.values(TYPE_FIELDS).flat())];

export function buildType(
  def: RawTypeDef,
  where: Where,
  ctx: BuildContext,
  inlineName: string,
  timestamp: TimestampFormat,
): IrType {
  const loc = locOf(where, true);
  const kind = def.ref !== undefined ? "ref" : (def.type ?? "string");
  const fields = fieldLocations(def, where);
  const stray = strayFields(def, where, kind);
  const base = { loc, fields, ...(stray.length ? { stray } : {}), ...(def.openInModel !== undefined ? { openInModel: [...def.openInModel] } : {}) };
  switch (kind) {
    case "ref":
      return { kind: "ref", name: def.ref!, ...base };
    case "string":
      return {
        kind: "string",
        minLength: def.minLength,
        maxLength: def.maxLength,
        pattern: def.pattern,
        // `allowedValues` are documented values that are enforced: the same list, closed.
        knownValues: (def.allowedValues ?? def.knownValues)?.map((v, i) =>
          enumValue(v, under(where, def.allowedValues !== undefined ? "allowedValues" : "knownValues", i)),
        ),
        ...(def.allowedValues !== undefined ? { closed: true } : {}),
        ...base,
      };
    case "integer":
    case "long":
    case "float":
    case "double":
      return {
        kind,
        ...numberBounds(kind, def),
        excluded: def.excluded ? [...def.excluded].sort((a, b) => a - b) : undefined,
        ...base,
      };
    case "boolean":
      return { kind: "boolean", ...base };
    case "timestamp":
      return { kind: "timestamp", format: def.format ?? timestamp, ...base };
    case "list":
      return {
        kind: "list",
        items: buildType(def.items ?? {}, under(where, "items"), ctx, `${inlineName}Item`, timestamp),
        minItems: def.minItems,
        maxItems: def.maxItems,
        ...base,
      };
    case "map": {
      const keyWhere = under(where, "keys");
      const key: IrType =
        def.keys === undefined
          ? { kind: "string", loc, fields: {} }
          : buildType(def.keys, keyWhere, ctx, `${inlineName}Key`, timestamp);
      if (key.kind === "ref") key.expect = "map-key";
      const values = Array.isArray(def.values) ? {} : (def.values ?? {});
      return {
        kind: "map",
        key,
        value: buildType(values, under(where, "values"), ctx, `${inlineName}Value`, timestamp),
        minEntries: def.minEntries,
        maxEntries: def.maxEntries,
        ...base,
      };
    }
    case "structure": {
      const name = def.name ?? inlineName;
      ctx.addShape(ctx.inlineStructure(name, def, where, ctx));
      return { kind: "ref", name, ...base };
    }
    case "enum": {
      const name = def.name ?? inlineName;
      ctx.addShape(buildEnumShape(name, def, where));
      return { kind: "ref", name, ...base };
    }
  }
}

function fieldLocations(def: RawTypeDef, where: Where): FieldLocations {
  const out: Record<string, SourceLocation> = {};
  for (const f of CONSTRAINT_FIELDS) {
    if ((def as Record<string, unknown>)[f] !== undefined) out[f] = locOf(under(where, f));
  }
  if (def.ref !== undefined) out["ref"] = locOf(under(where, "ref"));
  return out;
}

function strayFields(def: RawTypeDef, where: Where, kind: string): IrStrayField[] {
  const allowed = new Set(TYPE_FIELDS[kind] ?? []);
  const out: IrStrayField[] = [];
  for (const f of CONSTRAINT_FIELDS) {
    if ((def as Record<string, unknown>)[f] !== undefined && !allowed.has(f)) {
      out.push({ field: f, on: kind, loc: locOf(under(where, f), true) });
    }
  }
  if (kind === "ref" && def.type !== undefined) out.push({ field: "type", on: "ref", loc: locOf(under(where, "type"), true) });
  return out;
}
