/**
 * Builds the HTTP request of an operation from its documented input: path
 * labels, query, member-carrying headers and the JSON body, as the official
 * SDKs put them on the wire.
 */
import { fillPath, queryString } from "./encode.js";
import { unpack, type OperationSpec, type Shapes } from "./schema.js";
import { own, toWire } from "./serde.js";

/** A request before authentication: what hooks see and may change. */
export interface PreparedRequest {
  method: string;
  /** Absolute URL: endpoint + encoded path + query. */
  url: string;
  headers: Record<string, string>;
  /** JSON text, or undefined when the operation has no body members. */
  body: string | undefined;
}

export function buildRequest(
  spec: OperationSpec,
  input: unknown,
  shapes: Shapes,
  endpoint: string,
): PreparedRequest {
  const labels: Record<string, string> = {};
  const query: Array<[string, string]> = [];
  const headers: Record<string, string> = {};
  let body: Record<string, unknown> | undefined;
  for (const m of spec.input) {
    const [name, wire, type, location] = unpack(m);
    if (location === "body") body ??= {};
    const value = own(input, name);
    if (value === undefined || value === null) continue;
    switch (location) {
      case "path":
        labels[wire] = scalarText(value);
        break;
      case "query":
        for (const v of Array.isArray(value) ? value : [value])
          if (v !== null && v !== undefined) query.push([wire, scalarText(v)]);
        break;
      case "header":
        headers[wire.toLowerCase()] = Array.isArray(value)
          ? value.map(scalarText).join(", ")
          : scalarText(value);
        break;
      case "body": {
        const v = toWire(value, type, shapes);
        if (v !== undefined) body![wire] = v;
        break;
      }
    }
  }
  const qs = queryString(query);
  const url = endpoint.replace(/\/+$/, "") + fillPath(spec.path, labels) + (qs ? "?" + qs : "");
  if (body) headers["content-type"] = "application/json";
  return { method: spec.method, url, headers, body: body ? JSON.stringify(body) : undefined };
}

function scalarText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint")
    return String(value);
  if (value instanceof Date) return value.toISOString();
  throw new TypeError(`cannot put a ${typeof value} into a path, query or header`);
}
