/** Input validation before sending, with the package's generated validators when the caller passes them. */
import { InputValidationError } from "./errors.js";
import type { Validator } from "./options.js";

/**
 * Throws InputValidationError when `validators` is given, `name` names the
 * operation's validator and the input fails it; TypeError when the module
 * lacks that validator (the caller passed something else).
 */
export function validateInput(
  operation: string,
  input: unknown,
  validators: object | undefined,
  name: string | undefined,
): void {
  if (validators === undefined || name === undefined) return;
  const validator = Object.hasOwn(validators, name)
    ? (validators as Record<string, unknown>)[name]
    : undefined;
  if (typeof validator !== "function")
    throw new TypeError(`validators has no function ${name}: pass the package's validators module`);
  const result = (validator as Validator)(input);
  if (!result.valid) throw new InputValidationError(operation, result.problems);
}
