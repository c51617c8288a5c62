// Copied by opforge from src/runtime/mock/steps/prefer.ts. DO NOT EDIT.
/**
 * Step: what the `Prefer` header asks for (see `prefer.ts`), before the
 * body is even read: a forced documented error (`error=Name`, `code=NNN`,
 * as Prism does for mocks), a delay, or a reset connection. A malformed
 * header, or an error the operation does not document, is a 400 saying so.
 */
import { documentedError, errorAnswer } from "../errors.js";
import { RESET } from "../exchange.js";
import { parsePrefer } from "../prefer.js";
/** Answers a forced documented error, resets, or notes a delay, when `Prefer` asks. */
export const prefer = (ex) => {
  const header = ex.req.headers.prefer;
  if (header === undefined) return undefined;
  const op = ex.operation;
  const parsed = parsePrefer(header);
  if (!parsed.ok) return errorAnswer(ex, op.badRequest, "bad-request", parsed.message);
  const wish = parsed.preference;
  if (!wish) return undefined;
  if (wish.delayMs !== undefined) ex.delayMs += wish.delayMs;
  if (wish.reset) {
    ex.fault = "Prefer: fault=reset";
    return RESET;
  }
  const model = op.model;
  if (wish.error !== undefined) {
    const forced = model.errorsByName.get(wish.error);
    if (forced) return documentedError(op, forced);
    const known = [...model.errorsByName.keys()].join(", ");
    const message = `Prefer: error=${wish.error} is not an error of ${model.name}; known: ${known}`;
    return errorAnswer(ex, op.badRequest, "bad-request", message);
  }
  if (wish.code !== undefined && wish.code !== model.status) {
    const forced = model.errors.find((e) => e.error.status === wish.code);
    if (forced) return documentedError(op, forced);
    const codes = [model.status, ...model.errors.map((e) => e.error.status)].join(", ");
    const message = `Prefer: code=${wish.code} is not a documented response of ${model.name}; documented: ${codes}`;
    return errorAnswer(ex, op.badRequest, "bad-request", message);
  }
  return undefined;
};
