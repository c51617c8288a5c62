// Copied by opforge from src/runtime/mock/pipeline.ts. DO NOT EDIT.
import { internalError } from "./errors.js";
/** Walks `steps` for one exchange, then calls `finish` with the answer, exactly once. */
export function runPipeline(exchange, steps, finish) {
  walk(exchange, steps, 0, finish);
}
function walk(exchange, steps, from, finish) {
  let answer;
  try {
    for (let i = from; i < steps.length && answer === undefined; i++) {
      const result = steps[i](exchange);
      if (result instanceof Promise) {
        result.then(
          (a) => (a ? finish(exchange, a) : walk(exchange, steps, i + 1, finish)),
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
