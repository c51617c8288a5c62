// Copied by opforge from src/runtime/mock/exchange.ts. DO NOT EDIT.
/**
 * One request on its way through the handler's pipeline. Each step reads
 * what earlier steps found and adds its own finding; the first step that
 * returns an answer ends the walk. The exchange keeps everything a later
 * observer (a log line, a request journal) needs about the request.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { WireProblem, WireResponse } from "../protocol/types.js";
import type { Compiled } from "./compile.js";
import type { CompiledOperation, CompiledService } from "./compiled.js";
import type { ActionContext } from "./state/actions.js";
import type { Chaos } from "./control/chaos.js";
import type { FaultRules } from "./control/faults.js";
import type { Journal } from "./control/journal.js";
import type { Deadlines } from "./deadlines.js";
import type { ResourceStore } from "./state/store.js";
import type { RequestVerifier } from "./types.js";
/** What every exchange of one handler shares. */
export interface HandlerContext {
  readonly compiled: Compiled;
  readonly store: ResourceStore;
  readonly stateful: boolean;
  readonly bodyLimit: number;
  readonly maxDepth: number;
  /** Milliseconds a request's body may take to arrive after its headers. */
  readonly bodyTimeout: number;
  readonly verifiers: Readonly<Partial<Record<string, RequestVerifier>>>;
  /** Whether `/__opforge/` serves the control API and the inspector. */
  readonly control: boolean;
  readonly journal: Journal;
  readonly faults: FaultRules;
  /** `--latency` and `--error-rate`, from one seeded generator each. */
  readonly chaos: Chaos;
  /** What actions on resources need, the same for every request. */
  readonly actions: ActionContext;
  /** Bodies still arriving, and when they must have arrived. */
  readonly deadlines: Deadlines;
  /** The steps and what is done with their answer (set once the handler is built). */
  pipeline: Pipeline;
}
/** One request, what the steps found about it so far. */
export interface Exchange {
  readonly context: HandlerContext;
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  /** `performance.now()` when the request arrived. */
  readonly started: number;
  readonly method: string;
  /** Path as sent (still percent-encoded), without the query string. */
  readonly rawPath: string;
  /** Query string as sent, without `?`. */
  readonly rawQuery: string;
  /** The service whose error format answers: the routed one, else the one the credentials name. */
  service: CompiledService | undefined;
  operation: CompiledOperation | undefined;
  /** Percent-decoded label values of the route, in template order. */
  labels: readonly string[];
  /** Whether the request body was read (else it is drained when answering). */
  bodyRead: boolean;
  /** The request body as text ("" when none). */
  bodyText: string;
  /** The parsed request body, wire names. */
  body: unknown;
  /** The decoded input, documented names. */
  input: Record<string, unknown> | undefined;
  /** Problems found while decoding (unknown members), wire terms. */
  problems: readonly WireProblem[];
  /** The answer's documented output, before encoding. */
  output: Record<string, unknown> | undefined;
  /** Milliseconds to hold the answer back (`Prefer: delay`, a fault rule's `delayMs`). */
  delayMs: number;
  /** What was injected (a fault rule, `--error-rate`, `Prefer`), for the journal. */
  fault: string | undefined;
  /** A refused body still arriving: the answer is written, and the connection closed once the rest is read. */
  drain: boolean;
  /** A control API request: not journaled, never delayed. */
  control: boolean;
  /** The request id the answer carried (vendor answers only). */
  requestId: string | undefined;
  /** Index of the step running (or suspended). */
  step: number;
}
/** What a step returns: an answer ends the exchange, undefined moves on to the next step. */
export type StepResult = WireResponse | undefined;
/** One stage of the pipeline; synchronous unless it must wait (reading the body, verifying). */
export type Step = (exchange: Exchange) => StepResult | Promise<StepResult>;
/** Sends an exchange's answer (and lets observers see it). */
export type Finish = (exchange: Exchange, answer: WireResponse) => void;
/** The steps of a handler and what is done with their answer. */
export interface Pipeline {
  readonly steps: readonly Step[];
  readonly finish: Finish;
}
/** Returned by a step that will call `resume` (see `pipeline.ts`) itself once it knows its result. */
export declare const SUSPENDED: WireResponse;
/** Sent instead of an answer when the client went away: the socket is destroyed, nothing is written. */
export declare const ABANDONED: WireResponse;
/** Sent instead of an answer for `Prefer: fault=reset`: the connection is reset (TCP RST), nothing is written. */
export declare const RESET: WireResponse;
/** An exchange for a request that just arrived. */
export declare function newExchange(
  context: HandlerContext,
  req: IncomingMessage,
  res: ServerResponse,
): Exchange;
