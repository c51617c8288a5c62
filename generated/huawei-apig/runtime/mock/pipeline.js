// Copied by opforge from src/runtime/mock/pipeline.ts. DO NOT EDIT.
import { internalError } from "./errors.js";
import { SUSPENDED } from "./exchange.js";
/** Walks the pipeline for one exchange, then calls `finish` with the answer, exactly once. */
export function runPipeline(exchange, pipeline) {
  walk(exchange, pipeline, 0);
}
/** Continues an exchange whose step returned {@link SUSPENDED}: its answer, or undefined to go on. */
export function resume(exchange, result) {
  const pipeline = exchange.context.pipeline;
  if (result) pipeline.finish(exchange, result);
  else walk(exchange, pipeline, exchange.step + 1);
}
function walk(exchange, pipeline, from) {
  const { steps, finish } = pipeline;
  let answer;
  try {
    for (let i = from; i < steps.length && answer === undefined; i++) {
      exchange.step = i;
      const result = steps[i](exchange);
      if (result === SUSPENDED) return;
      if (result instanceof Promise) {
        result.then(
          (a) => (a ? finish(exchange, a) : walk(exchange, pipeline, i + 1)),
          (error) => finish(exchange, internalError(exchange, error)),
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
