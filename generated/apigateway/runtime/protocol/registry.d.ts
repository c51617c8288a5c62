// Copied by opforge from src/runtime/protocol/registry.ts. DO NOT EDIT.
/** The protocol module of each `TableProtocol`. */
import type { TableProtocol } from "../table/types.js";
import type { Protocol } from "./types.js";
/** The module serving `id`; throws for a protocol this runtime does not know. */
export declare function protocolFor(id: TableProtocol): Protocol;
