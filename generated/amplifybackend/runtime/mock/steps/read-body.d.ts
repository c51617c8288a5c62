// Copied by opforge from src/runtime/mock/steps/read-body.ts. DO NOT EDIT.
import { type Step } from "../exchange.js";
/** Reads the body; answers 400 for a non-JSON type, 413 past the limit, 408 past the timeout. */
export declare const readRequestBody: Step;
