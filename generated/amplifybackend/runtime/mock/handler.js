// Copied by opforge from src/runtime/mock/handler.ts. DO NOT EDIT.
import { DEFAULT_BODY_LIMIT, MAX_DEPTH } from "../shared/limits.js";
import { compileDefinitions } from "./compile.js";
import { newExchange } from "./exchange.js";
import { logLines } from "./log.js";
import { runPipeline } from "./pipeline.js";
import { send } from "./send.js";
import { DEFAULT_MAX_RESOURCES, DEFAULT_MAX_STATE_BYTES, ResourceStore } from "./state/store.js";
import { act } from "./steps/act.js";
import { authenticate } from "./steps/authenticate.js";
import { decode } from "./steps/decode.js";
import { encode } from "./steps/encode.js";
import { prefer } from "./steps/prefer.js";
import { readRequestBody } from "./steps/read-body.js";
import { route } from "./steps/route.js";
import { validate } from "./steps/validate.js";
import { verify } from "./steps/verify.js";
/** The steps, in order. */
const STEPS = [route, authenticate, prefer, readRequestBody, verify, decode, validate, act, encode];
/**
 * A request listener serving `definitions` on one port. Throws at once for
 * definitions it cannot serve (no services, an operation without mock data,
 * routes two services claim that requests cannot tell apart).
 */
export function createMockHandler(definitions, options = {}) {
  if (definitions.length === 0) throw new Error("mock: no services to serve");
  const context = {
    compiled: compileDefinitions(definitions),
    store: new ResourceStore({
      maxResources: options.maxResources ?? DEFAULT_MAX_RESOURCES,
      maxBytes: options.maxStateBytes ?? DEFAULT_MAX_STATE_BYTES,
    }),
    stateful: options.stateful ?? true,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    maxDepth: options.maxDepth ?? MAX_DEPTH,
    verifiers: options.verifiers ?? {},
  };
  const observers = options.log ? [logLines(options.log)] : [];
  const finish = (exchange, answer) => {
    const sent = send(exchange, answer);
    for (const observe of observers) {
      try {
        observe(exchange, sent);
      } catch {
        // An observer's failure (a log sink that throws) is no reason to fail the server.
      }
    }
  };
  const handler = (req, res) => runPipeline(newExchange(context, req, res), STEPS, finish);
  return Object.assign(handler, { reset: () => context.store.clear() });
}
