/**
 * Runs an exchange through its steps. Synchronous steps run without a
 * promise in between; an asynchronous one resumes the walk when it
 * settles. A throw anywhere (a bug in the mock or in a generated validator,
 * never the client's fault) becomes a 500 in the vendor's format.
 */
import type { WireResponse } from "../protocol/types.js";
import { internalError } from "./errors.js";
import type { Exchange, Step } from "./exchange.js";

/** Sends an exchange's answer (and lets observers see it). */
export type Finish = (exchange: Exchange, answer: WireResponse) => void;

/** Walks `steps` for one exchange, then calls `finish` with the answer, exactly once. */
export function runPipeline(exchange: Exchange, steps: readonly Step[], finish: Finish): void {
  walk(exchange, steps, 0, finish);
}

function walk(exchange: Exchange, steps: readonly Step[], from: number, finish: Finish): void {
  let answer: WireResponse | undefined;
  try {
    for (let i = from; i < steps.length && answer === undefined; i++) {
      const result = steps[i]!(exchange);
      if (result instanceof Promise) {
        result.then(
          (a) => (a ? finish(exchange, a) : walk(exchange, steps, i + 1, finish)),
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
