// Copied by opforge from src/runtime/mock/control/faults.ts. DO NOT EDIT.
/**
 * Fault rules (`POST /__opforge/faults`): the next matching calls of an
 * operation get a documented error in the vendor's wire format, a delay,
 * or both, `times` times (default once). A rule is checked against the
 * served operations when it is added, so that a typo is a 400 then rather
 * than a rule that never fires.
 */
import { isObject } from "../../shared/json.js";
/** The longest fault delay accepted, in milliseconds. */
export const MAX_FAULT_DELAY_MS = 60_000;
/** The most calls one rule may answer. */
export const MAX_FAULT_TIMES = 1_000_000;
/** The most rules kept at once. */
export const MAX_FAULT_RULES = 1000;
const KEYS = ["service", "operation", "error", "status", "delayMs", "times"];
/** The rules of one handler, in the order they were added. */
export class FaultRules {
  #rules = [];
  #errors = new Map();
  #nextId = 1;
  /** Checks and adds a rule; a string is why it was refused. */
  add(spec, services) {
    if (!isObject(spec)) return 'a fault is a JSON object: {"operation": ..., "error": ...}';
    const unknown = Object.keys(spec).filter((k) => !KEYS.includes(k));
    if (unknown.length) return `unknown member ${unknown.join(", ")}; known: ${KEYS.join(", ")}`;
    if (this.#rules.length >= MAX_FAULT_RULES)
      return `at most ${MAX_FAULT_RULES} rules; DELETE /__opforge/faults first`;
    const op = findOperation(spec["operation"], spec["service"], services);
    if (typeof op === "string") return op;
    const { error, status } = spec;
    const model = op.model;
    let chosen;
    if (error !== undefined) {
      chosen = typeof error === "string" ? model.errorsByName.get(error) : undefined;
      if (!chosen)
        return `${model.name} documents no error ${JSON.stringify(error)}; known: ${[...model.errorsByName.keys()].join(", ")}`;
      if (status !== undefined && status !== chosen.error.status)
        return `${chosen.error.name} is a ${chosen.error.status}, not ${String(status)}`;
    } else if (status !== undefined) {
      if (!Number.isInteger(status) || status < 400 || status > 599)
        return "status must be an error status (400-599)";
      chosen = model.errors.find((e) => e.error.status === status);
      if (!chosen && status !== 500)
        return `${model.name} documents no ${String(status)}; documented: ${model.errors.map((e) => e.error.status).join(", ")} (or 500)`;
    }
    const delayMs = spec["delayMs"];
    if (
      delayMs !== undefined &&
      !(Number.isInteger(delayMs) && delayMs >= 0 && delayMs <= MAX_FAULT_DELAY_MS)
    )
      return `delayMs must be whole milliseconds from 0 to ${MAX_FAULT_DELAY_MS}`;
    if (error === undefined && status === undefined && delayMs === undefined)
      return "a fault needs an error, a status or a delayMs";
    const times = spec["times"] ?? 1;
    if (!(Number.isInteger(times) && times >= 1 && times <= MAX_FAULT_TIMES))
      return `times must be a whole number from 1 to ${MAX_FAULT_TIMES}`;
    const rule = {
      id: this.#nextId++,
      service: op.service.model.id,
      operation: model.name,
      times: times,
    };
    if (chosen) rule.error = chosen.error.name;
    if (chosen || status !== undefined) rule.status = chosen?.error.status ?? status;
    if (delayMs !== undefined) rule.delayMs = delayMs;
    this.#rules.push(rule);
    this.#errors.set(rule.id, chosen);
    return rule;
  }
  /** The first rule matching `op`, used up by one call; undefined when none matches. */
  take(op) {
    if (this.#rules.length === 0) return undefined;
    const i = this.#rules.findIndex(
      (r) => r.operation === op.model.name && r.service === op.service.model.id,
    );
    if (i === -1) return undefined;
    const rule = this.#rules[i];
    const error = this.#errors.get(rule.id);
    if (--rule.times === 0) {
      this.#rules.splice(i, 1);
      this.#errors.delete(rule.id);
    }
    return { rule: { ...rule }, error };
  }
  /** The rules still active, oldest first. */
  list() {
    return this.#rules.map((r) => ({ ...r }));
  }
  clear() {
    this.#rules = [];
    this.#errors.clear();
  }
}
function findOperation(name, service, services) {
  if (typeof name !== "string" || name === "")
    return 'operation must name an operation, e.g. "PutMethod"';
  if (service !== undefined && typeof service !== "string") return "service must be a service id";
  const found = services.filter(
    (s) => s.model.operations.has(name) && (service === undefined || s.model.id === service),
  );
  if (found.length === 0)
    return `no served operation ${name}${service === undefined ? "" : ` in ${service}`}`;
  if (found.length > 1)
    return `${name} is an operation of ${found.map((s) => s.model.id).join(" and ")}; add "service"`;
  return { model: found[0].model.operations.get(name), service: found[0] };
}
