// Copied by opforge from src/runtime/mock/handler.ts. DO NOT EDIT.
import { DEFAULT_BODY_LIMIT, MAX_DEPTH } from "../shared/limits.js";
import { answerClientError } from "./client-error.js";
import { compileDefinitions } from "./compile.js";
import { control } from "./control/api.js";
import { createChaos } from "./control/chaos.js";
import { FaultRules } from "./control/faults.js";
import { DEFAULT_JOURNAL_SIZE, Journal } from "./control/journal.js";
import { journalObserver } from "./control/journal-observer.js";
import { Deadlines } from "./deadlines.js";
import { newExchange } from "./exchange.js";
import { logLines } from "./log.js";
import { runPipeline } from "./pipeline.js";
import { send } from "./send.js";
import { DEFAULT_MAX_RESOURCES, DEFAULT_MAX_STATE_BYTES, ResourceStore } from "./state/store.js";
import { act, newId } from "./steps/act.js";
import { authenticate } from "./steps/authenticate.js";
import { decode } from "./steps/decode.js";
import { encode } from "./steps/encode.js";
import { fault } from "./steps/fault.js";
import { prefer } from "./steps/prefer.js";
import { readRequestBody } from "./steps/read-body.js";
import { route } from "./steps/route.js";
import { validate } from "./steps/validate.js";
import { verify } from "./steps/verify.js";
import { DEFAULT_REQUEST_TIMEOUT_MS } from "./types.js";
/** The steps, in order. */
const STEPS = [
  control,
  route,
  authenticate,
  prefer,
  fault,
  readRequestBody,
  verify,
  decode,
  validate,
  act,
  encode,
];
/**
 * A request listener serving `definitions` on one port. Throws at once for
 * definitions it cannot serve (no services, an operation without mock data,
 * routes two services claim that requests cannot tell apart) and for
 * options out of range.
 */
export function createMockHandler(definitions, options = {}) {
  if (definitions.length === 0) throw new Error("mock: no services to serve");
  const store = new ResourceStore({
    maxResources: options.maxResources ?? DEFAULT_MAX_RESOURCES,
    maxBytes: options.maxStateBytes ?? DEFAULT_MAX_STATE_BYTES,
  });
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const maxDepth = options.maxDepth ?? MAX_DEPTH;
  const bodyTimeout = options.requestTimeout ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const context = {
    compiled: compileDefinitions(definitions),
    store,
    stateful: options.stateful ?? true,
    bodyLimit,
    maxDepth,
    bodyTimeout,
    verifiers: options.verifiers ?? {},
    control: options.control ?? true,
    journal: new Journal(options.journalSize ?? DEFAULT_JOURNAL_SIZE),
    faults: new FaultRules(),
    chaos: createChaos(options),
    actions: { store, maxBytes: bodyLimit, maxDepth, newId },
    deadlines: new Deadlines(Math.max(10, Math.min(250, Math.floor(bodyTimeout / 4)))),
    pipeline: { steps: STEPS, finish: () => undefined },
  };
  const observers = [journalObserver(context.journal)];
  if (options.log) observers.push(logLines(options.log));
  const complete = (exchange, answer) => {
    const sent = send(exchange, answer);
    for (const observe of observers) {
      try {
        observe(exchange, sent);
      } catch {
        // An observer's failure (a log sink that throws) is no reason to fail the server.
      }
    }
  };
  const finish = (exchange, answer) => {
    const delay = exchange.control ? 0 : exchange.delayMs + context.chaos.latency();
    if (delay > 0) setTimeout(complete, delay, exchange, answer);
    else complete(exchange, answer);
  };
  context.pipeline = { steps: STEPS, finish };
  const handler = (req, res) => runPipeline(newExchange(context, req, res), context.pipeline);
  return Object.assign(handler, {
    reset: () => {
      context.store.clear();
      context.journal.clear();
    },
    clientError: (error, socket) => answerClientError(context.compiled.services, error, socket),
    journal: context.journal,
    faults: context.faults,
    requestTimeout: context.bodyTimeout,
  });
}
