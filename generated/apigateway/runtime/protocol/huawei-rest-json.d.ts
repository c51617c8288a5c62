// Copied by opforge from src/runtime/protocol/huawei-rest-json.ts. DO NOT EDIT.
import type { Protocol } from "./types.js";
/** The Huawei APIG REST-JSON protocol, both directions. */
export declare const huaweiRestJson: Protocol;
