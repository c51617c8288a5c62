// Copied by opforge from src/runtime/mock/steps/decode.ts. DO NOT EDIT.
import type { Step } from "../exchange.js";
/** Parses the body and decodes the request to documented names. */
export declare const decode: Step;
