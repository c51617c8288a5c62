// Copied by opforge from src/runtime/protocol/rest-json.ts. DO NOT EDIT.
/**
 * The HTTP binding both REST-JSON vendors share: members travel in the path,
 * the query string, headers or a JSON body, as the model says. Each
 * function here is one direction of one message; the vendor modules add
 * their error formats around them.
 */
import { isObject, own, setOwn } from "../shared/json.js";
import { fromHeaderText, fromText, headerText, queryTexts, scalarText } from "./http-text.js";
import { structureDecodesToItself, structureFromWire, structureToWire } from "./rename.js";
import { fillPath, queryString } from "./uri.js";
/** Content type of request bodies (both vendors accept plain `application/json`). */
const REQUEST_CONTENT_TYPE = "application/json";
/**
 * Client: the request of `input` (documented names). Like the AWS SDK v3:
 * body members in the model's order; `{}` when the operation has body
 * members but none is set; no body and no `content-type` when it has none.
 */
export function encodeRequest(op, input, endpoint, sortQuery = false) {
  const labels = {};
  const query = [...op.template.query];
  const headers = {};
  for (const m of op.input.members) {
    if (m.location === "body") continue;
    const value = own(input, m.name);
    if (value === undefined || value === null) continue;
    if (m.location === "path") setOwn(labels, m.wire, scalarText(value, m.type));
    else if (m.location === "query")
      for (const t of queryTexts(value, m.type)) query.push([m.wire, t]);
    else if (!(Array.isArray(value) && value.length === 0))
      headers[m.headerKey] = headerText(value, m.type);
  }
  let body;
  if (op.input.body.length > 0) {
    body = JSON.stringify(structureToWire(isObject(input) ? input : {}, op.input));
    headers["content-type"] = REQUEST_CONTENT_TYPE;
  }
  // The AWS SDKs write query keys in code-unit order (a key's values keep theirs; the sort is stable).
  if (sortQuery) query.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const qs = queryString(query);
  const url = endpoint.replace(/\/+$/, "") + fillPath(op.template, labels) + (qs ? "?" + qs : "");
  return { method: op.method, url, headers, body };
}
/** Client: the members of `shape` from an answer's headers and JSON body (unknown members dropped). */
export function decodeMembers(shape, response) {
  const out = {};
  for (const m of shape.headers) {
    const text = response.headers.get(m.wire);
    if (text !== null) setOwn(out, m.name, fromHeaderText(text, m.type));
  }
  if (isObject(response.body))
    structureFromWire(response.body, shape, { problems: undefined }, "", out);
  return out;
}
/** Client: the documented output of a success answer; empty when the operation has none. */
export function decodeOutput(op, response) {
  return op.output ? decodeMembers(op.output, response) : {};
}
/**
 * Mock: the documented input of a routed request. Text members are turned
 * into their types where they parse; body members the model does not know
 * are reported (in wire terms) when `rejectUnknown`, else dropped. The
 * request's body is handed over: when it decodes to itself it becomes the
 * input (path, query and header members added to it), so callers pass a
 * freshly parsed body (a frozen one is copied).
 */
export function decodeRequest(op, request, rejectUnknown) {
  const body = request.body;
  // A body that decodes to itself is the input (the caller's parsed body is handed over): no copy.
  const inPlace =
    isObject(body) && Object.isExtensible(body) && structureDecodesToItself(body, op.input);
  const input = inPlace ? body : {};
  const problems = [];
  const labels = op.labels;
  for (let i = 0; i < labels.length; i++)
    setOwn(input, labels[i].name, fromText(request.labels[i] ?? "", labels[i].type));
  if (op.input.query.length > 0) {
    const params = new URLSearchParams(request.query);
    for (const m of op.input.query) {
      if (m.type.kind === "list") {
        const items = m.type.items;
        const all = params.getAll(m.wire);
        if (all.length > 0)
          setOwn(
            input,
            m.name,
            all.map((v) => fromText(v, items)),
          );
      } else {
        const v = params.get(m.wire);
        if (v !== null) setOwn(input, m.name, fromText(v, m.type));
      }
    }
  }
  for (const m of op.input.headers) {
    const text = request.headers.get(m.wire);
    if (text !== null) setOwn(input, m.name, fromHeaderText(text, m.type));
  }
  if (!inPlace && isObject(body)) {
    const ctx = { problems: rejectUnknown ? problems : undefined };
    structureFromWire(body, op.input, ctx, "", input);
  }
  return { input, problems };
}
/**
 * Mock: the wire form of `data` (documented names) as `shape` lays it out:
 * header members into `headers` (under their documented spelling), body
 * members into the returned JSON object: `data` itself when the shape
 * needs no renaming, else a new object.
 */
export function encodeMembers(shape, data, headers) {
  for (const m of shape.headers) {
    const value = own(data, m.name);
    if (value !== undefined && value !== null) headers[m.wire] = headerText(value, m.type);
  }
  return shape.identity ? data : structureToWire(data, shape);
}
/** Mock: the success answer; no body (and no content type) when the operation has no output. */
export function encodeOutput(op, output, contentType) {
  if (!op.output) return { status: op.status, headers: NO_HEADERS, body: "" };
  // Most outputs have no header members: their answers share one frozen header record.
  const headers =
    op.output.headers.length === 0 ? bodyHeaders(contentType) : { "content-type": contentType };
  const body = encodeMembers(op.output, output ?? {}, headers);
  return { status: op.status, headers, body: JSON.stringify(body) };
}
// Frozen: nothing changes an answer's headers once it is encoded.
const NO_HEADERS = Object.freeze({});
const contentTypeHeaders = new Map();
/** `{ "content-type": contentType }`, one frozen record per content type. */
function bodyHeaders(contentType) {
  let headers = contentTypeHeaders.get(contentType);
  if (!headers)
    contentTypeHeaders.set(contentType, (headers = Object.freeze({ "content-type": contentType })));
  return headers;
}
