// Copied by opforge from src/runtime/mock/pipeline.ts. DO NOT EDIT.
/**
 * Runs an exchange through its steps. Synchronous steps run without a
 * promise in between; an asynchronous one resumes the walk when it
 * settles. A throw anywhere (a bug in the mock or in a generated validator,
 * never the client's fault) becomes a 500 in the vendor's format.
 */
import type { WireResponse } from "../protocol/types.js";
import type { Exchange, Step } from "./exchange.js";
/** Sends an exchange's answer (and lets observers see it). */
export type Finish = (exchange: Exchange, answer: WireResponse) => void;
/** Walks `steps` for one exchange, then calls `finish` with the answer, exactly once. */
export declare function runPipeline(
  exchange: Exchange,
  steps: readonly Step[],
  finish: Finish,
): void;
