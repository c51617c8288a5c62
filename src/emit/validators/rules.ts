/**
 * The rules a type carries in a form: all of them (strict), or without
 * those the vendor's model leaves open (`openInModel`, lenient). Validators
 * and the JSON Schema both read types through this, so a lenient form means
 * the same in both.
 */
import type { IrType } from "../../ir/types.js";

/** Field -> the IR property it sets (`allowedValues` closes the documented values). */
const IR_FIELD: Readonly<Record<string, string>> = { allowedValues: "closed" };

/** `type` as a form checks it: unchanged when strict, its open-in-model rules dropped when lenient. */
export function effective<T extends IrType>(type: T, lenient: boolean): T {
  if (!lenient || !type.openInModel?.length) return type;
  const copy: Record<string, unknown> = { ...type };
  for (const field of type.openInModel) delete copy[IR_FIELD[field] ?? field];
  return copy as T;
}

/** The closed values of a string (`allowedValues`), if it has them. */
export function allowedValues(type: IrType): string[] | undefined {
  return type.kind === "string" && type.closed && type.knownValues ? type.knownValues.map((v) => v.value) : undefined;
}
