/**
 * Stored records: what an input brings to an instance (its members, the
 * action's `echo` pairs) layered over what the instance held before. A
 * record keeps every documented member it was given; answers project it
 * onto their output shape (see `project.ts`).
 */
import { setOwn } from "../../shared/json.js";

/** The input's members, plus each `echo` output member carrying its input member's value. */
export function fieldsOf(
  input: Readonly<Record<string, unknown>>,
  echo: Readonly<Record<string, string>> | undefined,
): Record<string, unknown> {
  return overlay(undefined, input, echo);
}

/** A new record: `base` with `fields` laid over it (own keys only). */
export function merge(
  base: Readonly<Record<string, unknown>>,
  fields: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  return overlay(base, fields, undefined);
}

/**
 * A new record in one pass: `base` (when given), then the input's members,
 * then each `echo` output member carrying its input member's value.
 */
export function overlay(
  base: Readonly<Record<string, unknown>> | undefined,
  input: Readonly<Record<string, unknown>>,
  echo: Readonly<Record<string, string>> | undefined,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (base) for (const key of Object.keys(base)) setOwn(out, key, base[key]);
  for (const key of Object.keys(input)) setOwn(out, key, input[key]);
  if (echo)
    for (const output of Object.keys(echo))
      if (Object.hasOwn(input, echo[output]!)) setOwn(out, output, input[echo[output]!]);
  return out;
}
