import { isJsonContentType, parseJsonBody, readBody } from "./body.js";
import { compileServices } from "./compile.js";
import { parsePrefer } from "./prefer.js";
import {
  awsRestJson,
  nextRequestId
} from "./protocol.js";
import { parseSigV4Authorization, sigV4Service } from "./sigv4.js";
import { StateStore, applyPatch, stateKey } from "./state.js";
import { fromText, isObject } from "./wire.js";
const DEFAULT_BODY_LIMIT = 1024 * 1024;
const DEFAULT_MAX_DEPTH = 64;
function createMockHandler(defs, options = {}) {
  const { router, services } = compileServices(defs);
  const ctx = {
    stateful: options.stateful ?? true,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
    verify: options.verifySigV4,
    log: options.log,
    store: new StateStore(options.maxStateEntries)
  };
  const handler = ((req, res) => {
    const start = ctx.log ? performance.now() : 0;
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const rawPath = q === -1 ? url : url.slice(0, q);
    const rawQuery = q === -1 ? "" : url.slice(q + 1);
    const method = req.method ?? "GET";
    const routed = router.match(method, rawPath);
    if (routed.kind !== "match") {
      const protocol = protocolFor(services, req);
      const kind = routed.kind === "not-found" ? "not-found" : routed.kind === "method-not-allowed" ? "method-not-allowed" : "bad-request";
      const message = routed.kind === "not-found" ? `No operation answers ${method} ${rawPath}` : routed.kind === "method-not-allowed" ? `${method} is not allowed on ${rawPath}; allowed: ${routed.allowed.join(", ")}` : `Invalid percent-encoding in path segment '${routed.segment}'`;
      const r = protocol.builtin(kind, message);
      if (routed.kind === "method-not-allowed") r.headers["allow"] = routed.allowed.join(", ");
      req.resume();
      send(ctx, req, res, protocol, r, "-", start);
      return;
    }
    const target = pick(routed.match.targets, req);
    const call = {
      ctx,
      t: target,
      labelValues: routed.match.values,
      rawPath,
      rawQuery,
      req,
      res,
      start
    };
    guarded(call, () => handleOperation(call));
  });
  handler.reset = () => ctx.store.clear();
  return handler;
}
function guarded(c, step) {
  const fail = (e) => {
    const protocol = c.t.service.protocol;
    const r = protocol.builtin("internal", `mock internal error: ${e.message}`);
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
function pick(targets, req) {
  if (targets.length === 1) return targets[0];
  const scope = sigV4Service(req.headers.authorization);
  const found = scope !== void 0 ? targets.find((t) => t.service.def.auth.signingName === scope) : targets.find(
    (t) => t.service.tokenHeader !== void 0 && req.headers[t.service.tokenHeader] !== void 0
  );
  return found ?? targets[0];
}
function protocolFor(services, req) {
  const scope = sigV4Service(req.headers.authorization);
  const byScope = scope !== void 0 ? services.find((s) => s.def.auth.signingName === scope) : void 0;
  const byToken = byScope ?? services.find((s) => s.tokenHeader !== void 0 && req.headers[s.tokenHeader] !== void 0);
  return (byToken ?? services[0])?.protocol ?? awsRestJson;
}
function send(ctx, req, res, protocol, r, opName, start) {
  const head = req.method === "HEAD";
  const bodiless = r.status === 204 || r.status === 304;
  const headers = [];
  let ownLength = false;
  for (const name in r.headers) {
    if (name.length === 14 && name.toLowerCase() === "content-length") {
      if (!head || bodiless) continue;
      ownLength = true;
    }
    headers.push(name, r.headers[name]);
  }
  headers.push(protocol.requestIdHeader, nextRequestId());
  if (!bodiless && !ownLength) headers.push("content-length", String(Buffer.byteLength(r.body)));
  res.writeHead(r.status, headers);
  res.end(head || bodiless ? void 0 : r.body);
  if (ctx.log)
    ctx.log(
      `${req.method ?? "-"} ${req.url ?? "/"} ${opName} ${r.status} ${(performance.now() - start).toFixed(1)}ms`
    );
}
function errorResponse(t, error, fallback, message) {
  return error ? t.service.protocol.renderError(error, message) : t.service.protocol.builtin(fallback, message);
}
function reply(c, r) {
  send(c.ctx, c.req, c.res, c.t.service.protocol, r, c.t.op.name, c.start);
}
function refuse(c, r) {
  c.req.resume();
  reply(c, r);
}
function handleOperation(c) {
  const { t, req, ctx } = c;
  const { service, op } = t;
  const protocol = service.protocol;
  if (service.def.auth.scheme === "sigv4" ? req.headers.authorization === void 0 : req.headers[service.tokenHeader] === void 0) {
    const message = service.def.auth.scheme === "sigv4" ? "Missing Authentication Token: send a SigV4-signed Authorization header" : void 0;
    return refuse(c, errorResponse(t, t.unauthorized, "missing-auth", message));
  }
  if (req.headers.prefer !== void 0) {
    const prefer = parsePrefer(req.headers.prefer);
    if (prefer?.error !== void 0) {
      const forced = t.forced.get(prefer.error);
      if (forced) return refuse(c, forced);
      const known = [...t.errorsByName.keys()].join(", ");
      return refuse(
        c,
        errorResponse(
          t,
          t.badRequest,
          "bad-request",
          `Prefer: error=${prefer.error} is not an error of ${op.name}; known: ${known}`
        )
      );
    }
    if (prefer?.code !== void 0 && prefer.code !== op.successStatus) {
      const e = op.errors.find((x) => x.status === prefer.code);
      if (e) return refuse(c, t.forced.get(e.name));
      const codes = [op.successStatus, ...op.errors.map((x) => x.status)].join(", ");
      return refuse(
        c,
        errorResponse(
          t,
          t.badRequest,
          "bad-request",
          `Prefer: code=${prefer.code} is not a documented response of ${op.name}; documented: ${codes}`
        )
      );
    }
  }
  const contentLength = req.headers["content-length"];
  const hasBody = contentLength !== void 0 ? contentLength !== "0" : req.headers["transfer-encoding"] !== void 0;
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
          `Unsupported Media Type '${req.headers["content-type"]}': send application/json`
        )
      )
    );
  }
  readBody(req, ctx.bodyLimit, (body) => {
    if (body.ok) return guarded(c, () => afterBody(c, body.text));
    if (body.reason === "aborted") return void c.res.destroy();
    c.res.shouldKeepAlive = false;
    reply(
      c,
      protocol.builtin("too-large", `Request body exceeds the limit of ${body.limit} bytes`)
    );
  });
}
function afterBody(c, text) {
  if (!c.ctx.verify || c.t.service.def.auth.scheme !== "sigv4") return answer(c, text);
  const auth = parseSigV4Authorization(c.req.headers.authorization);
  const pending = auth ? c.ctx.verify({
    method: c.req.method ?? "GET",
    host: c.req.headers.host ?? "",
    path: c.rawPath,
    query: c.rawQuery,
    headers: c.req.headers,
    body: text,
    authorization: auth
  }) : Promise.resolve("the Authorization header is not AWS4-HMAC-SHA256");
  return pending.then((reason) => {
    if (reason === void 0) return answer(c, text);
    const protocol = c.t.service.protocol;
    reply(c, protocol.builtin("bad-signature", `${BAD_SIGNATURE} (mock: ${reason})`));
  });
}
function answer(c, text) {
  const { t, req } = c;
  const { service, op } = t;
  const protocol = service.protocol;
  let wireBody = EMPTY;
  if (text.length !== 0) {
    const parsed = parseJsonBody(text, c.ctx.maxDepth);
    if (parsed.ok) wireBody = parsed.value;
    else if (!/^\s*$/.test(text))
      return reply(
        c,
        errorResponse(
          t,
          t.badRequest,
          "bad-request",
          protocol.malformedMessage(
            "body",
            `Could not parse request body into json: ${parsed.reason}`
          )
        )
      );
  }
  if (!isObject(wireBody))
    return reply(
      c,
      errorResponse(
        t,
        t.badRequest,
        "bad-request",
        protocol.malformedMessage("body", "The request body must be a JSON object")
      )
    );
  const problems = [];
  const input = {};
  for (let i = 0; i < t.pathMembers.length; i++) {
    const m = t.pathMembers[i];
    if (m) input[m.name] = fromText(m.type, c.labelValues[i]);
  }
  if (t.queryMembers.length) decodeQuery(t, c.rawQuery, input);
  for (const { member, header } of t.headerMembers) {
    const v = req.headers[header];
    if (v !== void 0)
      input[member.name] = fromText(member.type, Array.isArray(v) ? v.join(",") : v);
  }
  service.codec.decodeStruct(op.input, wireBody, "", problems, input);
  const result = op.validateInput(input);
  if (problems.length || !result.valid) {
    const violations = problems.map((p) => ({
      wirePath: p.wirePath,
      message: p.message,
      value: void 0
    }));
    for (const p of result.problems) {
      const message = p.message.startsWith(`${p.path}: `) ? p.message.slice(p.path.length + 2) : p.message;
      violations.push({
        wirePath: service.codec.wirePath(op.input, p.path),
        message,
        value: valueAt(input, p.path)
      });
    }
    return reply(
      c,
      errorResponse(t, t.badRequest, "bad-request", protocol.validationMessage(violations))
    );
  }
  const out = respond(c.ctx, t, input);
  if ("error" in out)
    return reply(c, errorResponse(t, t.errorsByName.get(out.error), "bad-request", out.message));
  const headers = { "content-type": protocol.contentType };
  const body = service.codec.encodeStruct(op.output, out.value, headers);
  reply(c, { status: op.successStatus, headers, body: JSON.stringify(body) });
}
const BAD_SIGNATURE = "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.";
const EMPTY = Object.freeze({});
function decodeQuery(t, rawQuery, input) {
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
function valueAt(root, pointer) {
  let cur = root;
  for (const raw of pointer.split("/").slice(1)) {
    const seg = raw.indexOf("~") === -1 ? raw : raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (typeof cur !== "object" || cur === null || !Object.hasOwn(cur, seg)) return void 0;
    cur = cur[seg];
  }
  return cur;
}
function respond(ctx, t, input) {
  const rule = t.op.state;
  if (!rule) return { value: withEcho(t.base, t, input) };
  const key = ctx.stateful ? stateKey(rule.key.map((k) => input[k])) : "";
  const kind = `${t.service.def.id}:${rule.resource}`;
  switch (rule.action) {
    case "create": {
      if (ctx.stateful && ctx.store.has(kind, key)) {
        return {
          error: rule.conflictError ?? "",
          message: `${rule.resource} already exists for ${describeKey(rule.key, input)}`
        };
      }
      const value = withEcho(t.base, t, input);
      if (ctx.stateful) ctx.store.set(kind, key, value);
      return { value };
    }
    case "upsert": {
      const prev = ctx.stateful ? ctx.store.get(kind, key) : void 0;
      const value = withEcho(prev ?? t.base, t, input);
      if (ctx.stateful) ctx.store.set(kind, key, value);
      return { value };
    }
    case "patch": {
      const prev = (ctx.stateful ? ctx.store.get(kind, key) : void 0) ?? initialOf(t);
      const ops = input["patchOperations"];
      const patched = applyPatch(
        prev,
        Array.isArray(ops) ? ops : [],
        rule.readOnlyPaths,
        (segs, v) => coerceAt(t, segs, v)
      );
      if (!patched.ok)
        return {
          error: rule.invalidPatchError ?? t.badRequest?.name ?? "",
          message: patched.message
        };
      if (ctx.stateful) ctx.store.set(kind, key, patched.value);
      return { value: patched.value };
    }
  }
}
function initialOf(t) {
  const initial = t.op.state?.initial;
  return isObject(initial) ? { ...t.base, ...initial } : t.base;
}
function describeKey(keys, input) {
  return keys.map((k) => `${k}=${String(input[k])}`).join(", ");
}
function withEcho(base, t, input) {
  const out = { ...base };
  for (const e of t.echo) if (Object.hasOwn(input, e.input)) out[e.output] = input[e.input];
  return out;
}
function coerceAt(t, segs, value) {
  const codec = t.service.codec;
  let type = { kind: "ref", name: t.op.output };
  for (const s of segs) {
    if (type && codec.isStruct(type)) type = codec.struct(type.name).byName.get(s)?.type;
    else if (type?.kind === "list" || type?.kind === "map")
      type = type.kind === "list" ? type.items : type.value;
    else type = void 0;
    if (!type) return { ok: false, message: `Invalid patch path /${segs.join("/")}` };
  }
  if (typeof value !== "string" || type === void 0) return { ok: true, value };
  const converted = fromText(type, value);
  if (type.kind === "string" || type.kind === "timestamp" || type.kind === "ref" && !codec.isStruct(type))
    return { ok: true, value: converted };
  if (converted === value)
    return { ok: false, message: `Invalid value '${value}' for /${segs.join("/")}` };
  return { ok: true, value: converted };
}
export {
  DEFAULT_BODY_LIMIT,
  DEFAULT_MAX_DEPTH,
  createMockHandler
};
