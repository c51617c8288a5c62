// Copied by opforge from src/runtime/mock/steps/authenticate.ts. DO NOT EDIT.
import type { Step } from "../exchange.js";
/** Answers the operation's 401 (or the vendor's) when credentials are missing. */
export declare const authenticate: Step;
