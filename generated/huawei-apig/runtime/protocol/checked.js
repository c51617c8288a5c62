// Copied by opforge from src/runtime/protocol/checked.ts. DO NOT EDIT.
/** `protocol`, when it serves `expected`; a TypeError naming both otherwise (a table and a module that do not belong together). */
export function checkedProtocol(protocol, expected) {
  if (!protocol || protocol.id !== expected) {
    throw new TypeError(
      `the service table speaks '${String(expected)}', but the protocol module given is '${protocol?.id ?? "(none)"}'`,
    );
  }
  return protocol;
}
