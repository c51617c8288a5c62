// Copied by opforge from src/runtime/mock/errors.ts. DO NOT EDIT.
/**
 * The mock's error answers, always in the vendor's own format: a documented
 * error of the operation (its members from the docs' example, else made
 * up; its text from the example, else the error's documentation), or, when
 * the operation documents none that fits, the vendor's built-in error.
 */
import { structureFromWire } from "../protocol/rename.js";
import { isObject, own, setOwn } from "../shared/json.js";
const bases = new WeakMap();
/** A documented error of `op`; `message` replaces the example's or documented text. */
export function documentedError(op, e, message) {
  let perOp = bases.get(op);
  if (!perOp) bases.set(op, (perOp = new Map()));
  let base = perOp.get(e.error.name);
  if (!base) perOp.set(e.error.name, (base = errorBase(op, e)));
  return op.service.protocol.encodeError({
    error: e.error,
    code: e.code,
    message: message ?? base.message,
    data: base.data,
  });
}
/** The documented error `e` when the operation has one, else the vendor's built-in `kind`. */
export function errorAnswer(exchange, e, kind, message) {
  const op = exchange.operation;
  if (op && e) return documentedError(op, e, message);
  return serviceOf(exchange).protocol.encodeBuiltin(kind, message);
}
/** A 500 for a bug on the mock's side, in the format of the service the request was for. */
export function internalError(exchange, error) {
  const text = error instanceof Error ? error.message : String(error);
  return serviceOf(exchange).protocol.encodeBuiltin("internal", `mock internal error: ${text}`);
}
/** The routed service, else the first served one (whose format answers unroutable requests). */
export function serviceOf(exchange) {
  return exchange.service ?? exchange.context.compiled.services[0];
}
function errorBase(op, e) {
  const name = e.error.name;
  const service = op.service;
  const example =
    exampleOf(op.data.errorExamples, name) ?? exampleOf(service.mock.errorExamples, name);
  const members = e.error.members;
  const data = {};
  const headers = headerReader(example?.headers);
  if (example && isObject(example.body))
    structureFromWire(example.body, members, { problems: undefined }, "", data);
  for (const m of members.headers) {
    const text = headers.get(m.wire);
    // Retry-After carries seconds (RFC 9110); clients parse it as a number.
    const value = text ?? (m.headerKey === "retry-after" ? "1" : `mock-${m.name}`);
    setOwn(data, m.name, value);
  }
  for (const m of members.body)
    if (!Object.hasOwn(data, m.name) && m.type.kind === "string")
      setOwn(data, m.name, `mock-${m.name}`);
  const exampleText = example
    ? service.protocol.readError({ status: e.error.status, headers, body: example.body }).message
    : undefined;
  const documented = own(service.mock.errorMessages, name);
  return { data, message: exampleText ?? (typeof documented === "string" ? documented : name) };
}
function exampleOf(examples, name) {
  return examples && Object.hasOwn(examples, name) ? examples[name] : undefined;
}
/** Case-insensitive reads of an example's headers. */
function headerReader(headers) {
  return {
    get(name) {
      if (!headers) return null;
      const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
      return key === undefined ? null : headers[key];
    },
  };
}
