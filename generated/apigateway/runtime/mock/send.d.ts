// Copied by opforge from src/runtime/mock/send.ts. DO NOT EDIT.
/**
 * Writing an answer: status, headers (with the request id every vendor
 * answer carries) and body. Two answers are not written at all: a
 * `Prefer: fault=reset` resets the connection, an abandoned request's
 * socket is destroyed. An answer to a refused body that is still arriving
 * is written in full before the rest is drained and the connection closed.
 */
import type { WireResponse } from "../protocol/types.js";
import { type Exchange } from "./exchange.js";
/**
 * Writes `answer` and returns what was sent. An answer Node refuses to
 * write (a header value with a newline, echoed from a body) is replaced by
 * a 500 in the vendor's format: it is the mock's failure, and it must not
 * escape the request listener.
 */
export declare function send(exchange: Exchange, answer: WireResponse): WireResponse;
