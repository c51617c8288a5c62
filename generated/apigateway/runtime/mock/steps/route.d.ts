// Copied by opforge from src/runtime/mock/steps/route.ts. DO NOT EDIT.
import type { Step } from "../exchange.js";
/** Finds the operation; answers 404, 405 or 400 when there is none. */
export declare const route: Step;
