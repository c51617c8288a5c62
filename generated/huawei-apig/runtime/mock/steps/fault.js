// Copied by opforge from src/runtime/mock/steps/fault.ts. DO NOT EDIT.
/**
 * Step: injected faults. A fault rule matching the operation answers its
 * documented error (or a 500) and/or holds the answer back; else, with
 * `--error-rate`, that fraction of calls gets one of the operation's
 * retryable documented errors (a 429 or a 5xx), as a real service under
 * load would answer, so that clients' retries can be tested.
 */
import { documentedError } from "../errors.js";
/** Answers an injected error, or notes an injected delay. */
export const fault = (ex) => {
  const op = ex.operation;
  const { faults, chaos } = ex.context;
  const hit = faults.take(op);
  if (hit) {
    const { rule, error } = hit;
    if (rule.delayMs !== undefined) ex.delayMs += rule.delayMs;
    ex.fault = `fault rule ${rule.id}`;
    if (error) return documentedError(op, error);
    if (rule.status !== undefined)
      return op.service.protocol.encodeBuiltin(
        "internal",
        `mock: fault rule ${rule.id} answers ${rule.status}`,
      );
    return undefined;
  }
  if (!chaos.fails()) return undefined;
  ex.fault = "--error-rate";
  const retryable = op.retryable;
  if (retryable.length) return documentedError(op, retryable[chaos.pick(retryable.length)]);
  return op.service.protocol.encodeBuiltin("internal", "mock: --error-rate");
};
