/**
 * The request path: route -> auth -> `Prefer` -> body -> wire decode ->
 * generated validator -> state -> response. Every failure becomes the
 * service's own error in its own wire format; nothing a client sends can
 * make the handler throw past its catch.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { isJsonContentType, parseJsonBody, readBody } from "./body.js";
import { compileServices, type CompiledOperation, type CompiledService } from "./compile.js";
import type { MockError, MockServiceDefinition, MockType } from "./definition.js";
import { parsePrefer } from "./prefer.js";
import {
  awsRestJson,
  nextRequestId,
  type BuiltinError,
  type Protocol,
  type Violation,
  type WireResponse,
} from "./protocol.js";
import { parseSigV4Authorization, sigV4Service, type SigV4Verifier } from "./sigv4.js";
import { StateStore, applyPatch, stateKey, type PatchOperation } from "./state.js";
import { fromText, isObject, type WireProblem } from "./wire.js";

export interface MockOptions {
  /** Remember resources between requests (default true). */
  stateful?: boolean;
  /** Largest accepted request body in bytes (default 1 MiB). */
  bodyLimit?: number;
  /** Deepest accepted JSON nesting (default 64). */
  maxDepth?: number;
  /** Most stored items per resource kind; the oldest go first (default 10000). */
  maxStateEntries?: number;
  /** When set, SigV4 signatures are checked with it (else only the presence of `Authorization`). */
  verifySigV4?: SigV4Verifier;
  /** One line per request: method, path, operation, status, milliseconds. */
  log?: (line: string) => void;
}

export const DEFAULT_BODY_LIMIT: number = 1024 * 1024;
export const DEFAULT_MAX_DEPTH = 64;

export type MockHandler = ((req: IncomingMessage, res: ServerResponse) => void) & {
  /** Forget all stored resources. */
  reset(): void;
};

/** Builds the request listener for some services; throws at once on route clashes it cannot resolve. */
export function createMockHandler(
  defs: readonly MockServiceDefinition[],
  options: MockOptions = {},
): MockHandler {
  const { router, services } = compileServices(defs);
  const ctx: Context = {
    stateful: options.stateful ?? true,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
    verify: options.verifySigV4,
    log: options.log,
    store: new StateStore(options.maxStateEntries),
  };
  const handler = ((req: IncomingMessage, res: ServerResponse) => {
    const start = ctx.log ? performance.now() : 0;
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const rawPath = q === -1 ? url : url.slice(0, q);
    const rawQuery = q === -1 ? "" : url.slice(q + 1);
    const method = req.method ?? "GET";
    const routed = router.match(method, rawPath);
    if (routed.kind !== "match") {
      const protocol = protocolFor(services, req);
      const kind: BuiltinError =
        routed.kind === "not-found"
          ? "not-found"
          : routed.kind === "method-not-allowed"
            ? "method-not-allowed"
            : "bad-request";
      const message =
        routed.kind === "not-found"
          ? `No operation answers ${method} ${rawPath}`
          : routed.kind === "method-not-allowed"
            ? `${method} is not allowed on ${rawPath}; allowed: ${routed.allowed.join(", ")}`
            : `Invalid percent-encoding in path segment '${routed.segment}'`;
      const r = protocol.builtin(kind, message);
      if (routed.kind === "method-not-allowed") r.headers["allow"] = routed.allowed.join(", ");
      req.resume();
      send(ctx, req, res, protocol, r, "-", start);
      return;
    }
    const target = pick(routed.match.targets, req);
    const call: Call = {
      ctx,
      t: target,
      labelValues: routed.match.values,
      rawPath,
      rawQuery,
      req,
      res,
      start,
    };
    guarded(call, () => handleOperation(call));
  }) as MockHandler;
  handler.reset = () => ctx.store.clear();
  return handler;
}

/** One request on its way through an operation. */
interface Call {
  ctx: Context;
  t: CompiledOperation;
  labelValues: readonly string[];
  rawPath: string;
  rawQuery: string;
  req: IncomingMessage;
  res: ServerResponse;
  start: number;
}

/** Runs a step; a throw (a bug in the mock, not the client's fault) becomes a 500 in the vendor's format. */
function guarded(c: Call, step: () => void | Promise<void>): void {
  const fail = (e: unknown) => {
    const protocol = c.t.service.protocol;
    const r = protocol.builtin("internal", `mock internal error: ${(e as Error).message}`);
    if (!c.res.headersSent) send(c.ctx, c.req, c.res, protocol, r, c.t.op.name, c.start);
    else c.res.destroy();
  };
  try {
    const p = step();
    if (p) p.catch(fail);
  } catch (e) {
    fail(e);
  }
}

interface Context {
  stateful: boolean;
  bodyLimit: number;
  maxDepth: number;
  verify: SigV4Verifier | undefined;
  log: ((line: string) => void) | undefined;
  store: StateStore;
}

/** Several services claim this route: the SigV4 scope or the token header says which one is meant. */
function pick(targets: readonly CompiledOperation[], req: IncomingMessage): CompiledOperation {
  if (targets.length === 1) return targets[0]!;
  const scope = sigV4Service(req.headers.authorization);
  const found =
    scope !== undefined
      ? targets.find((t) => t.service.def.auth.signingName === scope)
      : targets.find(
          (t) =>
            t.service.tokenHeader !== undefined && req.headers[t.service.tokenHeader] !== undefined,
        );
  return found ?? targets[0]!;
}

/** Error format for a request no operation answers: the service its credentials name, else the first one. */
function protocolFor(services: readonly CompiledService[], req: IncomingMessage): Protocol {
  const scope = sigV4Service(req.headers.authorization);
  const byScope =
    scope !== undefined ? services.find((s) => s.def.auth.signingName === scope) : undefined;
  const byToken =
    byScope ??
    services.find((s) => s.tokenHeader !== undefined && req.headers[s.tokenHeader] !== undefined);
  return (byToken ?? services[0])?.protocol ?? awsRestJson;
}

function send(
  ctx: Context,
  req: IncomingMessage,
  res: ServerResponse,
  protocol: Protocol,
  r: WireResponse,
  opName: string,
  start: number,
): void {
  const head = req.method === "HEAD";
  // 204 and 304 have no body at all; HEAD answers have the headers of the body they leave out.
  const bodiless = r.status === 204 || r.status === 304;
  // A flat [name, value, ...] list is the cheapest form for writeHead; an explicit length avoids chunked encoding.
  const headers: string[] = [];
  let ownLength = false;
  for (const name in r.headers) {
    // An output member on Content-Length (a HEAD answer describing a file) is kept; otherwise the real length is sent.
    if (name.length === 14 && name.toLowerCase() === "content-length") {
      if (!head || bodiless) continue;
      ownLength = true;
    }
    headers.push(name, r.headers[name]!);
  }
  headers.push(protocol.requestIdHeader, nextRequestId());
  if (!bodiless && !ownLength) headers.push("content-length", String(Buffer.byteLength(r.body)));
  res.writeHead(r.status, headers);
  res.end(head || bodiless ? undefined : r.body);
  if (ctx.log)
    ctx.log(
      `${req.method ?? "-"} ${req.url ?? "/"} ${opName} ${r.status} ${(performance.now() - start).toFixed(1)}ms`,
    );
}

function errorResponse(
  t: CompiledOperation,
  error: MockError | undefined,
  fallback: BuiltinError,
  message: string | undefined,
): WireResponse {
  return error
    ? t.service.protocol.renderError(error, message)
    : t.service.protocol.builtin(fallback, message);
}

function reply(c: Call, r: WireResponse): void {
  send(c.ctx, c.req, c.res, c.t.service.protocol, r, c.t.op.name, c.start);
}

/** Answers without reading the body; what is left of it is drained so the connection stays usable. */
function refuse(c: Call, r: WireResponse): void {
  c.req.resume();
  reply(c, r);
}

/** Before the body: auth, `Prefer`, content type; then reads the body. */
function handleOperation(c: Call): void | Promise<void> {
  const { t, req, ctx } = c;
  const { service, op } = t;
  const protocol = service.protocol;

  // Auth, as documented: SigV4 Authorization or a token header must be present.
  if (
    service.def.auth.scheme === "sigv4"
      ? req.headers.authorization === undefined
      : req.headers[service.tokenHeader!] === undefined
  ) {
    const message =
      service.def.auth.scheme === "sigv4"
        ? "Missing Authentication Token: send a SigV4-signed Authorization header"
        : undefined;
    return refuse(c, errorResponse(t, t.unauthorized, "missing-auth", message));
  }

  if (req.headers.prefer !== undefined) {
    const prefer = parsePrefer(req.headers.prefer);
    if (prefer?.error !== undefined) {
      const forced = t.forced.get(prefer.error);
      if (forced) return refuse(c, forced);
      const known = [...t.errorsByName.keys()].join(", ");
      return refuse(
        c,
        errorResponse(
          t,
          t.badRequest,
          "bad-request",
          `Prefer: error=${prefer.error} is not an error of ${op.name}; known: ${known}`,
        ),
      );
    }
    if (prefer?.code !== undefined && prefer.code !== op.successStatus) {
      const e = op.errors.find((x) => x.status === prefer.code);
      if (e) return refuse(c, t.forced.get(e.name)!);
      const codes = [op.successStatus, ...op.errors.map((x) => x.status)].join(", ");
      return refuse(
        c,
        errorResponse(
          t,
          t.badRequest,
          "bad-request",
          `Prefer: code=${prefer.code} is not a documented response of ${op.name}; documented: ${codes}`,
        ),
      );
    }
  }

  const contentLength = req.headers["content-length"];
  const hasBody =
    contentLength !== undefined
      ? contentLength !== "0"
      : req.headers["transfer-encoding"] !== undefined;
  if (!hasBody) return afterBody(c, "");
  if (!isJsonContentType(req.headers["content-type"])) {
    return refuse(
      c,
      errorResponse(
        t,
        t.badRequest,
        "bad-request",
        protocol.malformedMessage(
          "Content-Type",
          `Unsupported Media Type '${req.headers["content-type"]}': send application/json`,
        ),
      ),
    );
  }
  readBody(req, ctx.bodyLimit, (body) => {
    if (body.ok) return guarded(c, () => afterBody(c, body.text));
    if (body.reason === "aborted") return void c.res.destroy();
    c.res.shouldKeepAlive = false;
    reply(
      c,
      protocol.builtin("too-large", `Request body exceeds the limit of ${body.limit} bytes`),
    );
  });
}

/** With the body: signature (when verifying), then decode, validate, answer. */
function afterBody(c: Call, text: string): void | Promise<void> {
  // Only SigV4 services are verified; a token service on the same port is not affected.
  if (!c.ctx.verify || c.t.service.def.auth.scheme !== "sigv4") return answer(c, text);
  const auth = parseSigV4Authorization(c.req.headers.authorization);
  const pending = auth
    ? c.ctx.verify({
        method: c.req.method ?? "GET",
        host: c.req.headers.host ?? "",
        path: c.rawPath,
        query: c.rawQuery,
        headers: c.req.headers,
        body: text,
        authorization: auth,
      })
    : Promise.resolve("the Authorization header is not AWS4-HMAC-SHA256");
  return pending.then((reason) => {
    if (reason === undefined) return answer(c, text);
    const protocol = c.t.service.protocol;
    reply(c, protocol.builtin("bad-signature", `${BAD_SIGNATURE} (mock: ${reason})`));
  });
}

function answer(c: Call, text: string): void {
  const { t, req } = c;
  const { service, op } = t;
  const protocol = service.protocol;
  // Wire -> documented names.
  let wireBody: unknown = EMPTY;
  if (text.length !== 0) {
    const parsed = parseJsonBody(text, c.ctx.maxDepth);
    if (parsed.ok) wireBody = parsed.value;
    // A body of only whitespace counts as no body.
    else if (!/^\s*$/.test(text))
      return reply(
        c,
        errorResponse(
          t,
          t.badRequest,
          "bad-request",
          protocol.malformedMessage(
            "body",
            `Could not parse request body into json: ${parsed.reason}`,
          ),
        ),
      );
  }
  if (!isObject(wireBody))
    return reply(
      c,
      errorResponse(
        t,
        t.badRequest,
        "bad-request",
        protocol.malformedMessage("body", "The request body must be a JSON object"),
      ),
    );
  const problems: WireProblem[] = [];
  const input: Record<string, unknown> = {};
  for (let i = 0; i < t.pathMembers.length; i++) {
    const m = t.pathMembers[i];
    if (m) input[m.name] = fromText(m.type, c.labelValues[i]!);
  }
  if (t.queryMembers.length) decodeQuery(t, c.rawQuery, input);
  for (const { member, header } of t.headerMembers) {
    const v = req.headers[header];
    if (v !== undefined)
      input[member.name] = fromText(member.type, Array.isArray(v) ? v.join(",") : v);
  }
  service.codec.decodeStruct(op.input, wireBody, "", problems, input);

  const result = op.validateInput(input);
  if (problems.length || !result.valid) {
    const violations: Violation[] = problems.map((p) => ({
      wirePath: p.wirePath,
      message: p.message,
      value: undefined,
    }));
    for (const p of result.problems) {
      // Validators say `<pointer>: <expectation>`; the vendor message names the wire path itself.
      const message = p.message.startsWith(`${p.path}: `)
        ? p.message.slice(p.path.length + 2)
        : p.message;
      violations.push({
        wirePath: service.codec.wirePath(op.input, p.path),
        message,
        value: valueAt(input, p.path),
      });
    }
    return reply(
      c,
      errorResponse(t, t.badRequest, "bad-request", protocol.validationMessage(violations)),
    );
  }

  const out = respond(c.ctx, t, input);
  if ("error" in out)
    return reply(c, errorResponse(t, t.errorsByName.get(out.error), "bad-request", out.message));
  const headers: Record<string, string> = { "content-type": protocol.contentType };
  const body = service.codec.encodeStruct(op.output, out.value, headers);
  reply(c, { status: op.successStatus, headers, body: JSON.stringify(body) });
}

const BAD_SIGNATURE =
  "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.";

const EMPTY: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;

function decodeQuery(t: CompiledOperation, rawQuery: string, input: Record<string, unknown>): void {
  const params = new URLSearchParams(rawQuery);
  for (const m of t.queryMembers) {
    if (m.type.kind === "list") {
      const items = m.type.items;
      const all = params.getAll(m.wireName);
      if (all.length) input[m.name] = all.map((v) => fromText(items, v));
    } else {
      const v = params.get(m.wireName);
      if (v !== null) input[m.name] = fromText(m.type, v);
    }
  }
}

function valueAt(root: unknown, pointer: string): unknown {
  let cur = root;
  for (const raw of pointer.split("/").slice(1)) {
    const seg = raw.indexOf("~") === -1 ? raw : raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (typeof cur !== "object" || cur === null || !Object.hasOwn(cur, seg)) return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur;
}

type Outcome = { value: Record<string, unknown> } | { error: string; message: string };

/** The documented-name response, applying the operation's state rule. */
function respond(ctx: Context, t: CompiledOperation, input: Record<string, unknown>): Outcome {
  const rule = t.op.state;
  if (!rule) return { value: withEcho(t.base, t, input) };
  const key = ctx.stateful ? stateKey(rule.key.map((k) => input[k])) : "";
  const kind = `${t.service.def.id}:${rule.resource}`;
  switch (rule.action) {
    case "create": {
      if (ctx.stateful && ctx.store.has(kind, key)) {
        return {
          error: rule.conflictError ?? "",
          message: `${rule.resource} already exists for ${describeKey(rule.key, input)}`,
        };
      }
      const value = withEcho(t.base, t, input);
      if (ctx.stateful) ctx.store.set(kind, key, value);
      return { value };
    }
    case "upsert": {
      const prev = ctx.stateful
        ? (ctx.store.get(kind, key) as Record<string, unknown> | undefined)
        : undefined;
      const value = withEcho(prev ?? t.base, t, input);
      if (ctx.stateful) ctx.store.set(kind, key, value);
      return { value };
    }
    case "patch": {
      const prev =
        (ctx.stateful
          ? (ctx.store.get(kind, key) as Record<string, unknown> | undefined)
          : undefined) ?? initialOf(t);
      const ops = input["patchOperations"];
      const patched = applyPatch(
        prev,
        Array.isArray(ops) ? (ops as PatchOperation[]) : [],
        rule.readOnlyPaths,
        (segs, v) => coerceAt(t, segs, v),
      );
      if (!patched.ok)
        return {
          error: rule.invalidPatchError ?? t.badRequest?.name ?? "",
          message: patched.message,
        };
      if (ctx.stateful) ctx.store.set(kind, key, patched.value);
      return { value: patched.value };
    }
  }
}

function initialOf(t: CompiledOperation): Record<string, unknown> {
  const initial = t.op.state?.initial;
  return isObject(initial) ? { ...t.base, ...initial } : t.base;
}

function describeKey(keys: readonly string[], input: Record<string, unknown>): string {
  return keys.map((k) => `${k}=${String(input[k])}`).join(", ");
}

function withEcho(
  base: Record<string, unknown>,
  t: CompiledOperation,
  input: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const e of t.echo) if (Object.hasOwn(input, e.input)) out[e.output] = input[e.input];
  return out;
}

/** AWS patch values are strings: turn one into the type stored at `segs` of the output shape. */
function coerceAt(
  t: CompiledOperation,
  segs: readonly string[],
  value: unknown,
): { ok: true; value: unknown } | { ok: false; message: string } {
  const codec = t.service.codec;
  let type: MockType | undefined = { kind: "ref", name: t.op.output };
  for (const s of segs) {
    if (type && codec.isStruct(type)) type = codec.struct(type.name).byName.get(s)?.type;
    else if (type?.kind === "list" || type?.kind === "map")
      type = type.kind === "list" ? type.items : type.value;
    else type = undefined;
    if (!type) return { ok: false, message: `Invalid patch path /${segs.join("/")}` };
  }
  if (typeof value !== "string" || type === undefined) return { ok: true, value };
  const converted = fromText(type, value);
  if (
    type.kind === "string" ||
    type.kind === "timestamp" ||
    (type.kind === "ref" && !codec.isStruct(type))
  )
    return { ok: true, value: converted };
  if (converted === value)
    return { ok: false, message: `Invalid value '${value}' for /${segs.join("/")}` };
  return { ok: true, value: converted };
}
