// Copied by opforge from src/runtime/mock/state/record.ts. DO NOT EDIT.
/**
 * Stored records: what an input brings to an instance (its members, the
 * action's `echo` pairs) layered over what the instance held before. A
 * record keeps every documented member it was given; answers project it
 * onto their output shape (see `project.ts`).
 */
import { setOwn } from "../../shared/json.js";
/** The input's members, plus each `echo` output member carrying its input member's value. */
export function fieldsOf(input, echo) {
  const out = merge({}, input);
  if (echo)
    for (const output of Object.keys(echo))
      if (Object.hasOwn(input, echo[output])) setOwn(out, output, input[echo[output]]);
  return out;
}
/** A new record: `base` with `fields` laid over it (own keys only). */
export function merge(base, fields) {
  const out = {};
  for (const key of Object.keys(base)) setOwn(out, key, base[key]);
  for (const key of Object.keys(fields)) setOwn(out, key, fields[key]);
  return out;
}
