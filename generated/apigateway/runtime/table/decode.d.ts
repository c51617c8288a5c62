// Copied by opforge from src/runtime/table/decode.ts. DO NOT EDIT.
/**
 * `decodeServiceTable`: the one reader of the generated `service.js` table,
 * shared by the client and the mock. It resolves structure references,
 * indexes members and errors, binds path labels to input members, and
 * refuses an inconsistent table at once (a generator bug should fail at
 * start-up, not on some request).
 */
import type { ServiceModel } from "./model.js";
import type { ServiceTable } from "./types.js";
/**
 * The indexed model of `table`. Decoded once per table object: a client and
 * a mock in one process share it.
 */
export declare function decodeServiceTable(table: ServiceTable): ServiceModel;
