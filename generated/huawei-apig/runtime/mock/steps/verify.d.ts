// Copied by opforge from src/runtime/mock/steps/verify.ts. DO NOT EDIT.
import type { Step } from "../exchange.js";
/** Answers the vendor's signature error when a configured verifier refuses the request. */
export declare const verify: Step;
