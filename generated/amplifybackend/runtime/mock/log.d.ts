// Copied by opforge from src/runtime/mock/log.ts. DO NOT EDIT.
/** The one-line request log: `PUT /things/a PutThing 201 0.4ms`. */
import type { WireResponse } from "../protocol/types.js";
import type { Exchange } from "./exchange.js";
/** An observer of finished exchanges. */
export type Observer = (exchange: Exchange, answer: WireResponse) => void;
/** An observer writing one line per exchange to `write`. */
export declare function logLines(write: (line: string) => void): Observer;
