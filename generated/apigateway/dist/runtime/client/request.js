import { fillPath, queryString } from "./encode.js";
import { unpack } from "./schema.js";
import { own, toWire } from "./serde.js";
function buildRequest(spec, input, shapes, endpoint) {
  const labels = {};
  const query = [];
  const headers = {};
  let body;
  for (const m of spec.input) {
    const [name, wire, type, location] = unpack(m);
    if (location === "body") body ??= {};
    const value = own(input, name);
    if (value === void 0 || value === null) continue;
    switch (location) {
      case "path":
        labels[wire] = scalarText(value);
        break;
      case "query":
        for (const v of Array.isArray(value) ? value : [value])
          if (v !== null && v !== void 0) query.push([wire, scalarText(v)]);
        break;
      case "header":
        headers[wire.toLowerCase()] = Array.isArray(value) ? value.map(scalarText).join(", ") : scalarText(value);
        break;
      case "body": {
        const v = toWire(value, type, shapes);
        if (v !== void 0) body[wire] = v;
        break;
      }
    }
  }
  const qs = queryString(query);
  const url = endpoint.replace(/\/+$/, "") + fillPath(spec.path, labels) + (qs ? "?" + qs : "");
  if (body) headers["content-type"] = "application/json";
  return { method: spec.method, url, headers, body: body ? JSON.stringify(body) : void 0 };
}
function scalarText(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint")
    return String(value);
  if (value instanceof Date) return value.toISOString();
  throw new TypeError(`cannot put a ${typeof value} into a path, query or header`);
}
export {
  buildRequest
};
