/**
 * Runs an exchange through its steps. Synchronous steps run one after the
 * other without a promise in between. A step that must wait either returns
 * a promise (the walk resumes when it settles) or, on the hot path where a
 * promise per request would cost too much (reading the body), returns
 * {@link SUSPENDED} and later calls {@link resume} with its result. A throw
 * anywhere (a bug in the mock or in a generated validator, never the
 * client's fault) becomes a 500 in the vendor's format.
 */
import type { WireResponse } from "../protocol/types.js";
import { internalError } from "./errors.js";
import { SUSPENDED, type Exchange, type Pipeline, type StepResult } from "./exchange.js";

export type { Finish, Pipeline } from "./exchange.js";

/** Walks the pipeline for one exchange, then calls `finish` with the answer, exactly once. */
export function runPipeline(exchange: Exchange, pipeline: Pipeline): void {
  walk(exchange, pipeline, 0);
}

/** Continues an exchange whose step returned {@link SUSPENDED}: its answer, or undefined to go on. */
export function resume(exchange: Exchange, result: StepResult): void {
  const pipeline = exchange.context.pipeline;
  if (result) pipeline.finish(exchange, result);
  else walk(exchange, pipeline, exchange.step + 1);
}

function walk(exchange: Exchange, pipeline: Pipeline, from: number): void {
  const { steps, finish } = pipeline;
  let answer: WireResponse | undefined;
  try {
    for (let i = from; i < steps.length && answer === undefined; i++) {
      exchange.step = i;
      const result = steps[i]!(exchange);
      if (result === SUSPENDED) return;
      if (result instanceof Promise) {
        result.then(
          (a) => (a ? finish(exchange, a) : walk(exchange, pipeline, i + 1)),
          (error: unknown) => finish(exchange, internalError(exchange, error)),
        );
        return;
      }
      answer = result;
    }
    answer ??= internalError(exchange, new Error("no step answered"));
  } catch (error) {
    answer = internalError(exchange, error);
  }
  finish(exchange, answer);
}
