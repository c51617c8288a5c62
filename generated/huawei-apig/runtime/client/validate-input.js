// Copied by opforge from src/runtime/client/validate-input.ts. DO NOT EDIT.
/** Input validation before sending, with the package's generated validators when the caller passes them. */
import { InputValidationError } from "./errors.js";
/**
 * Throws InputValidationError when `validators` is given, `name` names the
 * operation's validator and the input fails it; TypeError when the module
 * lacks that validator (the caller passed something else).
 */
export function validateInput(operation, input, validators, name) {
  if (validators === undefined || name === undefined) return;
  const validator = Object.hasOwn(validators, name) ? validators[name] : undefined;
  if (typeof validator !== "function")
    throw new TypeError(`validators has no function ${name}: pass the package's validators module`);
  const result = validator(input);
  if (!result.valid) throw new InputValidationError(operation, result.problems);
}
