/**
 * The range each integer type has in the vendors' models, whether or not a
 * spec states bounds: AWS (Smithy `integer`/`long`) and Huawei (`Integer`/
 * `Long`) define `integer` as a signed 32-bit and `long` as a signed 64-bit
 * number. The IR carries it as the type's `minimum`/`maximum`, so that
 * validators, JSON Schema and OpenAPI state it like any written bound:
 * `2147483648` or `1.2e29` is not an `integer`.
 *
 * Which bounds a spec wrote is still known: `fields.minimum` /
 * `fields.maximum` are set only for written ones (see `writtenBounds`).
 */
import type { NumberKind } from "./shape-types.js";

export interface NumberRange {
  minimum: number;
  maximum: number;
  /** The range as the vendor states it, exactly (2^63 - 1 has no double). */
  text: string;
}

/**
 * Each integer kind's range. 2^63 - 1 has no double: it is stored as the
 * nearest one, 2^63, which no JSON number parsed by JavaScript can tell
 * apart from 2^63 - 1 anyway.
 */
export const INTEGER_RANGES: Readonly<Partial<Record<NumberKind, NumberRange>>> = {
  integer: { minimum: -(2 ** 31), maximum: 2 ** 31 - 1, text: "-2147483648..2147483647" },
  long: { minimum: -(2 ** 63), maximum: 2 ** 63 - 1, text: "-9223372036854775808..9223372036854775807" },
};

/** The range `kind` has by definition, or undefined (floating point: any finite number). */
export function typeRange(kind: NumberKind): NumberRange | undefined {
  return INTEGER_RANGES[kind];
}

/**
 * The bounds a number type carries in the IR: each written bound as
 * written (a bound outside the type's range is left for the checker to
 * report), each missing one from the type's range.
 */
export function numberBounds(kind: NumberKind, written: { minimum?: number; maximum?: number }): { minimum?: number; maximum?: number } {
  const range = typeRange(kind);
  return { minimum: written.minimum ?? range?.minimum, maximum: written.maximum ?? range?.maximum };
}

/** The bounds of `t` its spec wrote (what docs and sample values may prefer to show). */
export function writtenBounds(t: { minimum?: number; maximum?: number; fields: Readonly<Partial<Record<string, unknown>>> }): { minimum?: number; maximum?: number } {
  return { minimum: t.fields["minimum"] ? t.minimum : undefined, maximum: t.fields["maximum"] ? t.maximum : undefined };
}
