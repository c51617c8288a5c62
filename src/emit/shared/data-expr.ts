/**
 * Plain data (tables, samples, examples) as a JavaScript expression. Objects
 * with more than one key are written one key per line, so that a change to
 * one entry is a one-line diff; arrays are laid out as prettier lays them out.
 */
import * as b from "../../print/js-build.js";
import type { Expr } from "../../print/js-ast.js";

/** A named reference to a generated value (a validator), written as a bare identifier. */
export class Identifier {
  constructor(readonly name: string) {}
}

export type Data = null | boolean | number | string | Identifier | readonly Data[] | { readonly [key: string]: Data | undefined };

export function dataExpr(value: Data | undefined): Expr {
  if (value === undefined || value === null) return b.nullLiteral;
  if (value instanceof Identifier) return b.id(value.name);
  if (typeof value === "string") return b.str(value);
  if (typeof value === "number") return Number.isFinite(value) ? b.num(value) : b.nullLiteral;
  if (typeof value === "boolean") return b.bool(value);
  if (Array.isArray(value)) return b.array((value as readonly Data[]).map(dataExpr));
  const record = value as { readonly [key: string]: Data | undefined };
  const keys = Object.keys(record).filter((k) => record[k] !== undefined);
  // `__proto__: x` in a literal sets the prototype, quoted or not; JSON.parse makes it a plain key.
  if (hasProtoKey(record)) return b.call(b.member(b.id("JSON"), "parse"), [b.str(JSON.stringify(record))]);
  return b.object(keys.map((k) => b.prop(k, dataExpr(record[k]))), keys.length > 1);
}

function hasProtoKey(value: unknown, depth = 0): boolean {
  if (depth > 64 || typeof value !== "object" || value === null || value instanceof Identifier) return false;
  if (Array.isArray(value)) return value.some((v) => hasProtoKey(v, depth + 1));
  return Object.keys(value).some((k) => k === "__proto__" || hasProtoKey((value as Record<string, unknown>)[k], depth + 1));
}
