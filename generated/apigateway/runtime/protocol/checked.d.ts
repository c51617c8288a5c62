// Copied by opforge from src/runtime/protocol/checked.ts. DO NOT EDIT.
/** The protocol module a generated package hands in, checked against the one its table names. */
import type { TableProtocol } from "../table/types.js";
import type { Protocol } from "./types.js";
/** `protocol`, when it serves `expected`; a TypeError naming both otherwise (a table and a module that do not belong together). */
export declare function checkedProtocol(
  protocol: Protocol | undefined,
  expected: TableProtocol,
): Protocol;
