// Copied by opforge from src/runtime/mock/control/api.ts. DO NOT EDIT.
import { parseJson } from "../../shared/json-parse.js";
import { readBody } from "../read-body.js";
import { inspectorAnswer } from "./inspector.js";
import { servicesSummary } from "./services.js";
import { stateDump } from "./state-dump.js";
/** The reserved path prefix of the control API. */
export const CONTROL_PREFIX = "/__opforge/";
/** Largest control request body (a fault rule), in bytes. */
const CONTROL_BODY_LIMIT = 64 * 1024;
const ROUTES = {
  "/__opforge/": { GET: () => inspectorAnswer() },
  "/__opforge/services": { GET: (ex) => json(200, servicesSummary(ex.context.compiled.services)) },
  "/__opforge/requests": {
    GET: (ex) => {
      const journal = ex.context.journal;
      const answer = json(200, { requests: journal.entries(afterId(ex.rawQuery)) });
      answer.headers["x-opforge-journal-generation"] = String(journal.generation);
      return answer;
    },
    DELETE: (ex) => (ex.context.journal.clear(), noContent()),
  },
  "/__opforge/state": {
    GET: (ex) => json(200, stateDump(ex.context.compiled.services, ex.context.store)),
  },
  "/__opforge/reset": {
    POST: (ex) => (ex.context.store.clear(), ex.context.journal.clear(), noContent()),
  },
  "/__opforge/faults": {
    GET: (ex) => json(200, { faults: ex.context.faults.list() }),
    POST: addFault,
    DELETE: (ex) => (ex.context.faults.clear(), noContent()),
  },
};
/** Answers control requests; other requests move on to routing. */
export const control = (ex) => {
  if (!ex.context.control) return undefined;
  const path = ex.rawPath;
  if (!path.startsWith(CONTROL_PREFIX)) {
    if (path !== "/__opforge") return undefined;
    ex.control = true;
    return { status: 308, headers: { location: CONTROL_PREFIX, "content-length": "0" }, body: "" };
  }
  ex.control = true;
  const route = Object.hasOwn(ROUTES, path) ? ROUTES[path] : undefined;
  if (!route)
    return json(404, { message: `No control endpoint ${path}; see GET ${CONTROL_PREFIX}` });
  const handler = Object.hasOwn(route, ex.method) ? route[ex.method] : undefined;
  if (!handler) {
    const allowed = Object.keys(route).join(", ");
    const answer = json(405, {
      message: `${ex.method} is not allowed on ${path}; allowed: ${allowed}`,
    });
    return { ...answer, headers: { ...answer.headers, allow: allowed } };
  }
  if (ex.method !== "GET" && crossOrigin(ex))
    return json(403, { message: "Cross-origin requests may not change the mock" });
  return handler(ex);
};
function addFault(ex) {
  return new Promise((resolve) =>
    readBody(ex.req, CONTROL_BODY_LIMIT, ex.context.deadlines, ex.context.bodyTimeout, (body) => {
      ex.bodyRead = true;
      if (!body.ok) {
        ex.res.shouldKeepAlive = false;
        return resolve(json(400, { message: `Could not read the fault rule (${body.reason})` }));
      }
      ex.bodyText = body.text;
      const parsed = parseJson(body.text, ex.context.maxDepth);
      if (!parsed.ok)
        return resolve(json(400, { message: `The fault rule is not JSON: ${parsed.reason}` }));
      const rule = ex.context.faults.add(parsed.value, ex.context.compiled.services);
      resolve(typeof rule === "string" ? json(400, { message: rule }) : json(201, rule));
    }),
  );
}
/** Whether a browser sent the request from a page of another origin. */
function crossOrigin(ex) {
  const origin = ex.req.headers.origin;
  if (origin === undefined) return false;
  try {
    return new URL(origin).host !== ex.req.headers.host;
  } catch {
    return true;
  }
}
/** `after=ID` of a query string (0 when absent or not a number). */
function afterId(query) {
  const value = new URLSearchParams(query).get("after");
  const n = value === null ? NaN : Number(value);
  return Number.isFinite(n) && n > 0 ? n : 0;
}
/** A JSON answer of the control API. */
export function json(status, value) {
  return {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
    body: JSON.stringify(value),
  };
}
function noContent() {
  return { status: 204, headers: { "cache-control": "no-store" }, body: "" };
}
