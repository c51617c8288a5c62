/**
 * Values with documented member names -> what travels on the wire: body
 * members under their wire names (recursively), top-level path, query and
 * header members where the spec puts them. Used to answer a client with a
 * response the spec describes, and to send a request without a client.
 */
import type { IrOperation, IrService, IrShape, IrStructureShape, IrType } from "../../src/ir/types.js";

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

export interface WireRequest {
  method: string;
  /** Path with percent-encoded labels, and the query. */
  target: string;
  headers: Record<string, string>;
  /** JSON text, absent when the input has no body member. */
  body?: string;
}

/**
 * The request a documented input stands for, as the spec puts it on the
 * wire: labels percent-encoded (a greedy label keeps its `/`), query members
 * in declaration order (lists as repeated keys, maps as their entries),
 * header members as text (lists comma-joined), body members as JSON.
 */
export function toWireRequest(service: IrService, op: IrOperation, input: Record<string, unknown>): WireRequest {
  const shape = service.shapes.find((s) => s.name === op.input);
  if (shape?.kind !== "structure") throw new Error(`${op.input} is not a structure`);
  const byWire = (location: string, wire: string) => shape.members.find((m) => m.location === location && m.wireName === wire);
  const text = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));
  const path = op.http.segments
    .map((s) => {
      if ("literal" in s) return s.literal;
      const v = text(input[byWire("path", s.label)!.name]);
      return s.greedy ? v.split("/").map(encodeURIComponent).join("/") : encodeURIComponent(v);
    })
    .join("");
  const query = new URLSearchParams();
  const headers: Record<string, string> = {};
  for (const m of [...shape.members].sort((a, b) => a.order - b.order)) {
    if (!Object.hasOwn(input, m.name)) continue;
    const v = input[m.name];
    if (m.location === "query") {
      if (Array.isArray(v)) for (const x of v) query.append(m.wireName, text(x));
      else if (m.type.kind === "map") for (const [k, x] of Object.entries(v as object)) query.append(k, text(x));
      else query.append(m.wireName, text(v));
    } else if (m.location === "header") headers[m.wireName] = Array.isArray(v) ? v.map(text).join(", ") : text(v);
  }
  const qs = query.toString();
  const body = shape.members.some((m) => m.location === "body") ? JSON.stringify(toWire(service, op.input, input).body) : undefined;
  return { method: op.http.method, target: qs ? `${path}?${qs}` : path, headers, body };
}
