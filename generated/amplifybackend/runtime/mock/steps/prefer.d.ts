// Copied by opforge from src/runtime/mock/steps/prefer.ts. DO NOT EDIT.
import { type Step } from "../exchange.js";
/** Answers a forced documented error, resets, or notes a delay, when `Prefer` asks. */
export declare const prefer: Step;
