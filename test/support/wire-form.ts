/**
 * A value with documented member names -> what travels on the wire: body
 * members under their wire names (recursively), top-level header members as
 * headers. Used to answer a client with a response the spec describes.
 */
import type { IrService, IrShape, IrStructureShape, IrType } from "../../src/ir/types.js";

export interface WireAnswer {
  body: Record<string, unknown>;
  headers: Record<string, string>;
}

export function toWire(service: IrService, shapeName: string, value: Record<string, unknown>): WireAnswer {
  const shapes = new Map(service.shapes.map((s) => [s.name, s] as const));
  const shape = shapes.get(shapeName);
  if (shape?.kind !== "structure") throw new Error(`${shapeName} is not a structure`);
  const headers: Record<string, string> = {};
  for (const m of shape.members) {
    if (m.location === "header" && Object.hasOwn(value, m.name)) headers[m.wireName] = String(value[m.name]);
  }
  return { body: structure(shapes, shape, value, true), headers };
}

function structure(shapes: ReadonlyMap<string, IrShape>, shape: IrStructureShape, value: Record<string, unknown>, top: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const m of shape.members) {
    if (!Object.hasOwn(value, m.name) || (top && m.location !== "body")) continue;
    out[m.wireName] = convert(shapes, m.type, value[m.name]);
  }
  return out;
}

function convert(shapes: ReadonlyMap<string, IrShape>, type: IrType, v: unknown): unknown {
  if (type.kind === "list") return (v as unknown[]).map((x) => convert(shapes, type.items, x));
  if (type.kind === "map") return Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, convert(shapes, type.value, x)]));
  if (type.kind === "ref") {
    const target = shapes.get(type.name)!;
    return target.kind === "structure" ? structure(shapes, target, v as Record<string, unknown>, false) : v;
  }
  return v;
}
