/**
 * An operation's input for the README's usage example, as documented-name
 * data: the docs' first request example when there is one (wire names mapped
 * back to member names, required members the example leaves out made up),
 * else the required members made up so that they satisfy their types.
 */
import type { IrExample, IrMember, IrShape, IrType, JsonValue } from "../../ir/types.js";
import { isObject, plainObject, Synthesizer, valueFromWire } from "../shared/synthesize.js";

export function sampleInput(shapes: ReadonlyMap<string, IrShape>, inputName: string, examples: readonly IrExample[]): Record<string, JsonValue> {
  const input = shapes.get(inputName);
  const out = plainObject();
  if (input?.kind !== "structure") return out;
  const synth = new Synthesizer(shapes);
  const request = examples.find((e) => e.request)?.request;
  for (const m of [...input.members].sort((a, b) => a.order - b.order)) {
    const given = request ? exampleValue(m, request, shapes) : undefined;
    const v = given ?? (m.required ? synth.value(m.type, m.name, 1) : undefined);
    if (v !== undefined) out[m.name] = v;
  }
  return out;
}

function exampleValue(m: IrMember, req: NonNullable<IrExample["request"]>, shapes: ReadonlyMap<string, IrShape>): JsonValue | undefined {
  const source = m.location === "path" ? req.path : m.location === "query" ? req.query : m.location === "header" ? req.headers : req.body;
  if (!isObject(source) || !Object.hasOwn(source, m.wireName)) return undefined;
  const raw = (source as Record<string, JsonValue>)[m.wireName]!;
  return m.location === "body" ? valueFromWire(m.type, raw, shapes) : fromText(String(raw), m.type);
}

/** A path, query or header value as the member's type. */
function fromText(text: string, t: IrType): JsonValue {
  if (t.kind === "integer" || t.kind === "long" || t.kind === "float" || t.kind === "double") return Number.isFinite(Number(text)) ? Number(text) : text;
  if (t.kind === "boolean") return text === "true" ? true : text === "false" ? false : text;
  return text;
}
