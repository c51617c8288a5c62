// Copied by opforge from src/runtime/client/validate-input.ts. DO NOT EDIT.
/**
 * Throws InputValidationError when `validators` is given, `name` names the
 * operation's validator and the input fails it; TypeError when the module
 * lacks that validator (the caller passed something else).
 */
export declare function validateInput(
  operation: string,
  input: unknown,
  validators: object | undefined,
  name: string | undefined,
): void;
