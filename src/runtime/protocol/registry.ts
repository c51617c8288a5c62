/** The protocol module of each `TableProtocol`. */
import type { TableProtocol } from "../table/types.js";
import { awsRestJson } from "./aws-rest-json.js";
import { huaweiRestJson } from "./huawei-rest-json.js";
import type { Protocol } from "./types.js";

const PROTOCOLS: Readonly<Record<TableProtocol, Protocol>> = {
  "aws-rest-json": awsRestJson,
  "huawei-rest-json": huaweiRestJson,
};

/** The module serving `id`; throws for a protocol this runtime does not know. */
export function protocolFor(id: TableProtocol): Protocol {
  if (!Object.hasOwn(PROTOCOLS, id)) throw new TypeError(`unknown wire protocol '${String(id)}'`);
  return PROTOCOLS[id];
}
