// Copied by opforge from src/runtime/mock/steps/validate.ts. DO NOT EDIT.
/**
 * Step: the generated input validator, run on the decoded input. Its
 * problems, and the unknown members decoding found, become one 400 in the
 * vendor's words, naming each offending value by its wire path.
 */
import { wirePath } from "../../protocol/rename.js";
import { pointerSegments } from "../../shared/json.js";
import { errorAnswer } from "../errors.js";
/** Answers 400 when decoding or the generated validator found problems. */
export const validate = (ex) => {
  const op = ex.operation;
  const input = ex.input;
  const result = op.data.validateInput(input);
  if (ex.problems.length === 0 && result.valid) return undefined;
  const violations = ex.problems.map((p) => ({
    wirePath: p.wirePath,
    message: p.message,
    value: undefined,
  }));
  for (const p of result.problems) {
    // Validators say `<pointer>: <expectation>`; the vendor's message names the wire path itself.
    const n = p.path.length;
    const prefixed = p.message.startsWith(p.path) && p.message.startsWith(": ", n);
    const message = prefixed ? p.message.slice(n + 2) : p.message;
    violations.push({
      wirePath: wirePath(op.model.input, p.path),
      message,
      value: valueAt(input, p.path),
    });
  }
  const message = op.service.protocol.validationMessage(violations);
  return errorAnswer(ex, op.badRequest, "bad-request", message);
};
/** The value a JSON pointer names in `root` (own properties only). */
function valueAt(root, pointer) {
  let cur = root;
  for (const seg of pointerSegments(pointer)) {
    if (typeof cur !== "object" || cur === null || !Object.hasOwn(cur, seg)) return undefined;
    cur = cur[seg];
  }
  return cur;
}
