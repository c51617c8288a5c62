/** Tests only: the protocol module of each `TableProtocol` (generated packages import their own). */
import type { TableProtocol } from "../../src/runtime/table/types.js";
import { awsRestJson } from "../../src/runtime/protocol/aws-rest-json.js";
import { huaweiRestJson } from "../../src/runtime/protocol/huawei-rest-json.js";
import type { Protocol } from "../../src/runtime/protocol/types.js";

const PROTOCOLS: Readonly<Record<TableProtocol, Protocol>> = {
  "aws-rest-json": awsRestJson,
  "huawei-rest-json": huaweiRestJson,
};

/** The module serving `id`; throws for a protocol this runtime does not know. */
export function protocolFor(id: TableProtocol): Protocol {
  if (!Object.hasOwn(PROTOCOLS, id)) throw new TypeError(`unknown wire protocol '${String(id)}'`);
  return PROTOCOLS[id];
}
