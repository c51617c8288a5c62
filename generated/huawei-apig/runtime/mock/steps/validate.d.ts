// Copied by opforge from src/runtime/mock/steps/validate.ts. DO NOT EDIT.
import type { Step } from "../exchange.js";
/** Answers 400 when decoding or the generated validator found problems. */
export declare const validate: Step;
