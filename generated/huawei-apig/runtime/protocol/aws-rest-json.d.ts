// Copied by opforge from src/runtime/protocol/aws-rest-json.ts. DO NOT EDIT.
import type { Protocol } from "./types.js";
/** The AWS REST-JSON protocol, both directions. */
export declare const awsRestJson: Protocol;
