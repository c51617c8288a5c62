// Copied by opforge from src/runtime/mock/steps/prefer.ts. DO NOT EDIT.
/**
 * Step: `Prefer: error=Name` or `Prefer: code=NNN` forces one of the
 * operation's documented errors (as Prism does for mocks), before the body
 * is even read. Asking for an error the operation does not document is a 400
 * listing what it does document.
 */
import { documentedError, errorAnswer } from "../errors.js";
import { parsePrefer } from "../prefer.js";
/** Answers a forced documented error, when `Prefer` asks for one. */
export const prefer = (ex) => {
  const header = ex.req.headers.prefer;
  if (header === undefined) return undefined;
  const wish = parsePrefer(header);
  const op = ex.operation;
  const model = op.model;
  if (wish?.error !== undefined) {
    const forced = model.errorsByName.get(wish.error);
    if (forced) return documentedError(op, forced);
    const known = [...model.errorsByName.keys()].join(", ");
    const message = `Prefer: error=${wish.error} is not an error of ${model.name}; known: ${known}`;
    return errorAnswer(ex, op.badRequest, "bad-request", message);
  }
  if (wish?.code !== undefined && wish.code !== model.status) {
    const forced = model.errors.find((e) => e.error.status === wish.code);
    if (forced) return documentedError(op, forced);
    const codes = [model.status, ...model.errors.map((e) => e.error.status)].join(", ");
    const message = `Prefer: code=${wish.code} is not a documented response of ${model.name}; documented: ${codes}`;
    return errorAnswer(ex, op.badRequest, "bad-request", message);
  }
  return undefined;
};
