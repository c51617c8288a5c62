// Copied by opforge from src/runtime/mock/pipeline.ts. DO NOT EDIT.
import { type Exchange, type Pipeline, type StepResult } from "./exchange.js";
export type { Finish, Pipeline } from "./exchange.js";
/** Walks the pipeline for one exchange, then calls `finish` with the answer, exactly once. */
export declare function runPipeline(exchange: Exchange, pipeline: Pipeline): void;
/** Continues an exchange whose step returned {@link SUSPENDED}: its answer, or undefined to go on. */
export declare function resume(exchange: Exchange, result: StepResult): void;
