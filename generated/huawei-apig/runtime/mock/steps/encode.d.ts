// Copied by opforge from src/runtime/mock/steps/encode.ts. DO NOT EDIT.
/** Step: the documented output encoded back to the wire by the service's protocol module. */
import type { Step } from "../exchange.js";
/** Answers the encoded output. */
export declare const encode: Step;
