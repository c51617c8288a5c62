// Copied by opforge from src/runtime/mock/steps/prefer.ts. DO NOT EDIT.
import type { Step } from "../exchange.js";
/** Answers a forced documented error, when `Prefer` asks for one. */
export declare const prefer: Step;
