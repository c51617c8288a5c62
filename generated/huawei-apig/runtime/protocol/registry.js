// Copied by opforge from src/runtime/protocol/registry.ts. DO NOT EDIT.
import { awsRestJson } from "./aws-rest-json.js";
import { huaweiRestJson } from "./huawei-rest-json.js";
const PROTOCOLS = {
  "aws-rest-json": awsRestJson,
  "huawei-rest-json": huaweiRestJson,
};
/** The module serving `id`; throws for a protocol this runtime does not know. */
export function protocolFor(id) {
  if (!Object.hasOwn(PROTOCOLS, id)) throw new TypeError(`unknown wire protocol '${String(id)}'`);
  return PROTOCOLS[id];
}
