/**
 * A valid answer for each operation, decided at generation time: the docs'
 * example of the success answer when there is one (turned into documented
 * names), else values made up from the output shape (see shared/synthesize.ts).
 */
import type { IrOperation, IrService, JsonValue } from "../../ir/types.js";
import { fromWire, isObject, isScalar, Synthesizer } from "../shared/synthesize.js";

export function sampleOutput(service: IrService, op: IrOperation): JsonValue | undefined {
  if (op.output === undefined) return undefined;
  const shapes = new Map(service.shapes.map((s) => [s.name, s] as const));
  const output = shapes.get(op.output);
  if (output?.kind !== "structure") return undefined;
  const example = op.examples.find((e) => e.response?.body !== undefined && (e.response.status ?? op.http.successStatus) === op.http.successStatus);
  if (example && isObject(example.response!.body)) return fromWire(output, example.response!.body, shapes);
  // Required members, made up; without a resource to keep, the top-level
  // scalars too (readable answers). A resource's answer carries what was
  // stored, so made-up optional members would sit beside the real ones.
  const readable = op.resource === undefined;
  return new Synthesizer(shapes).structure(output.members, (m) => readable && isScalar(m.type, shapes), 0);
}

