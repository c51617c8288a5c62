// Copied by opforge from src/runtime/mock/state/record.ts. DO NOT EDIT.
/** The input's members, plus each `echo` output member carrying its input member's value. */
export declare function fieldsOf(
  input: Readonly<Record<string, unknown>>,
  echo: Readonly<Record<string, string>> | undefined,
): Record<string, unknown>;
/** A new record: `base` with `fields` laid over it (own keys only). */
export declare function merge(
  base: Readonly<Record<string, unknown>>,
  fields: Readonly<Record<string, unknown>>,
): Record<string, unknown>;
/**
 * A new record in one pass: `base` (when given), then the input's members,
 * then each `echo` output member carrying its input member's value.
 */
export declare function overlay(
  base: Readonly<Record<string, unknown>> | undefined,
  input: Readonly<Record<string, unknown>>,
  echo: Readonly<Record<string, string>> | undefined,
): Record<string, unknown>;
