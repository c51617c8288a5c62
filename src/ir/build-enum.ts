/** Enum shapes and enum values (also an open string's `knownValues`). */
import type { RawEnumValue, RawTypeDef } from "../spec/raw.js";
import { enumValuesName, validationNames } from "./names.js";
import type { IrEnumShape, IrEnumValue } from "./shape-types.js";
import { keyLoc, locOf, under, type Where } from "./where.js";

export function buildEnumShape(name: string, def: RawTypeDef, where: Where): IrEnumShape {
  const values = Array.isArray(def.values) ? def.values : [];
  return {
    kind: "enum",
    name,
    documentation: def.documentation,
    values: values.map((v, i) => enumValue(v, under(where, "values", i))),
    valuesConstName: enumValuesName(name),
    ...validationNames(name),
    verify: def.verify,
    loc: keyLoc(where),
  };
}

export function enumValue(v: RawEnumValue, where: Where): IrEnumValue {
  const loc = locOf(where);
  return typeof v === "string" ? { value: v, loc } : { value: v.value, documentation: v.documentation, loc };
}
