/** The protocol module a generated package hands in, checked against the one its table names. */
import type { TableProtocol } from "../table/types.js";
import type { Protocol } from "./types.js";

/** `protocol`, when it serves `expected`; a TypeError naming both otherwise (a table and a module that do not belong together). */
export function checkedProtocol(protocol: Protocol | undefined, expected: TableProtocol): Protocol {
  if (!protocol || protocol.id !== expected) {
    throw new TypeError(
      `the service table speaks '${String(expected)}', but the protocol module given is '${protocol?.id ?? "(none)"}'`,
    );
  }
  return protocol;
}
