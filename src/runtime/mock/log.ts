/** The one-line request log: `PUT /things/a PutThing 201 0.4ms`. */
import type { WireResponse } from "../protocol/types.js";
import type { Exchange } from "./exchange.js";

/** An observer of finished exchanges. */
export type Observer = (exchange: Exchange, answer: WireResponse) => void;

/** An observer writing one line per exchange to `write`. */
export function logLines(write: (line: string) => void): Observer {
  return (exchange, answer) => {
    const ms = (performance.now() - exchange.started).toFixed(1);
    const op = exchange.operation?.model.name ?? "-";
    write(`${exchange.method} ${exchange.req.url ?? "/"} ${op} ${answer.status} ${ms}ms`);
  };
}
