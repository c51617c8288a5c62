// Copied by opforge from src/runtime/mock/steps/fault.ts. DO NOT EDIT.
import type { Step } from "../exchange.js";
/** Answers an injected error, or notes an injected delay. */
export declare const fault: Step;
