// Copied by opforge from src/runtime/mock/compile.ts. DO NOT EDIT.
/**
 * Definitions -> compiled services and a route tree. Everything a request
 * can be spared is decided here, once; inconsistent definitions (an
 * operation without mock data, routes two services claim that requests
 * cannot tell apart) fail at start-up.
 */
import { checkedProtocol } from "../protocol/checked.js";
import { structureFromWire } from "../protocol/rename.js";
import { isObject } from "../shared/json.js";
import { decodeServiceTable } from "../table/decode.js";
import { Router } from "./router.js";
/** Compiles definitions; throws for definitions the mock cannot serve. */
export function compileDefinitions(definitions) {
  const router = new Router();
  const services = [];
  for (const def of definitions) {
    const model = decodeServiceTable(def.service);
    const service = {
      model,
      mock: def.mock,
      protocol: checkedProtocol(def.protocol, model.protocol),
    };
    services.push(service);
    for (const op of model.operations.values()) {
      const data = Object.hasOwn(def.mock.operations, op.name)
        ? def.mock.operations[op.name]
        : undefined;
      if (!data) throw new Error(`mock: ${model.id} ${op.name} has no entry in the mock table`);
      const compiled = compileOperation(service, op, data);
      const claimants = router.add(op.method, op.template, compiled);
      if (claimants.length > 1) assertDistinguishable(claimants);
    }
  }
  return { router, services };
}
/** Two claimants of one route are told apart by SigV4 scope (different signing names) or by auth scheme. */
function assertDistinguishable(claimants) {
  const last = claimants[claimants.length - 1];
  for (const other of claimants.slice(0, -1)) {
    const a = other.service.model.auth;
    const b = last.service.model.auth;
    const apart =
      a.scheme !== b.scheme ||
      (a.scheme === "sigv4" && b.scheme === "sigv4" && a.signingName !== b.signingName);
    if (apart) continue;
    const [x, y] = [other.service.model.id, last.service.model.id];
    throw new Error(
      `mock: ${x} ${other.model.name} and ${y} ${last.model.name} both answer ${last.model.method} ${last.model.path}, ` +
        `and requests cannot tell them apart (same auth scheme${a.scheme === "sigv4" ? " and SigV4 signing name" : ""}). ` +
        `Serve them on separate ports (--service ${x} / --service ${y}).`,
    );
  }
}
function compileOperation(service, op, data) {
  const byStatus = (status) => op.errors.find((e) => e.error.status === status);
  const named = (name, status) =>
    (name !== undefined ? op.errorsByName.get(name) : undefined) ?? byStatus(status);
  const action = data.resource;
  return {
    service,
    model: op,
    data,
    sample: baseAnswer(op, data),
    binding: action ? bindResource(service, op, data) : undefined,
    badRequest: byStatus(400),
    unauthorized: byStatus(401),
    notFound: named(action?.notFoundError, 404),
    conflict: named(action?.conflictError, 409),
    invalidPatch: named(action?.invalidPatchError, 400),
    retryable: op.errors.filter(
      (e) => e.error.retryable || e.error.status === 429 || e.error.status >= 500,
    ),
  };
}
/** The sample, else the first documented success example decoded to documented names, else `{}`. */
function baseAnswer(op, data) {
  if (isObject(data.sample)) return data.sample;
  const example = data.examples?.find(
    (e) => isObject(e.response?.body) && (e.response?.status ?? op.status) === op.status,
  )?.response?.body;
  if (op.output && isObject(example))
    return structureFromWire(example, op.output, { problems: undefined }, "", {});
  return {};
}
function bindResource(service, op, data) {
  const action = data.resource;
  const resource = boundResource(service, action.resource, op.name);
  const parentName = resource.def.parent;
  const parent =
    parentName !== undefined && createsResource(service.mock, parentName)
      ? boundResource(service, parentName, op.name)
      : undefined;
  return { resource, action, parent };
}
function boundResource(service, name, opName) {
  const resources = service.mock.resources;
  const def = Object.hasOwn(resources, name) ? resources[name] : undefined;
  if (!def)
    throw new Error(`mock: ${service.model.id} ${opName} acts on undeclared resource '${name}'`);
  return { name, kind: `${service.model.id}\u0000${name}`, def };
}
function createsResource(mock, resource) {
  return Object.values(mock.operations).some(
    (o) => o.resource?.resource === resource && o.resource.action === "create",
  );
}
