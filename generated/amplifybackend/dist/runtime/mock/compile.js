import { PROTOCOLS } from "./protocol.js";
import { Router, parseTemplate } from "./router.js";
import { Synthesizer } from "./synthesize.js";
import { WireCodec, isObject } from "./wire.js";
function compileServices(defs) {
  const router = new Router();
  const services = [];
  for (const def of defs) {
    const protocol = PROTOCOLS[def.protocol];
    if (!protocol)
      throw new Error(`mock: service ${def.id} uses unknown protocol '${String(def.protocol)}'`);
    const service = {
      def,
      protocol,
      codec: new WireCodec(def.shapes, def.unknownInputMembers === "reject"),
      tokenHeader: def.auth.scheme === "x-auth-token" ? (def.auth.header ?? "X-Auth-Token").toLowerCase() : void 0
    };
    services.push(service);
    for (const op of def.operations) {
      const compiled = compileOperation(service, op);
      const claimants = router.add(op.method.toUpperCase(), op.path, compiled);
      if (claimants.length > 1) assertDistinguishable(claimants, op);
    }
  }
  return { router, services };
}
function assertDistinguishable(claimants, op) {
  const last = claimants[claimants.length - 1];
  for (const other of claimants.slice(0, -1)) {
    const a = other.service.def.auth;
    const b = last.service.def.auth;
    const apart = a.scheme !== b.scheme || a.scheme === "sigv4" && a.signingName !== void 0 && b.signingName !== void 0 && a.signingName !== b.signingName;
    if (!apart) {
      throw new Error(
        `mock: ${other.service.def.id} ${other.op.name} and ${last.service.def.id} ${last.op.name} both answer ${op.method} ${op.path}, and requests cannot tell them apart (same auth scheme${a.scheme === "sigv4" ? " and SigV4 signing name" : ""}). Serve them on separate ports (--service ${other.service.def.id} / --service ${last.service.def.id}).`
      );
    }
  }
}
function compileOperation(service, op) {
  const input = service.codec.struct(op.input);
  const output = service.codec.struct(op.output);
  const labels = parseTemplate(op.path).flatMap((s) => "label" in s ? [s.label] : []);
  const pathMembers = labels.map(
    (l) => input.members.find((m) => m.location === "path" && m.wireName === l)
  );
  const errorsByName = new Map(op.errors.map((e) => [e.name, e]));
  const byStatus = (status) => op.errors.find((e) => e.status === status);
  const echo = echoPairs(op, input.members, output.members, service.codec);
  const base = baseResponse(service, op, new Set(echo.map((e) => e.output)));
  const forced = /* @__PURE__ */ new Map();
  for (const e of op.errors) forced.set(e.name, service.protocol.renderError(e, void 0));
  return {
    service,
    op,
    pathMembers,
    queryMembers: input.members.filter((m) => m.location === "query"),
    headerMembers: input.members.filter((m) => m.location === "header").map((member) => ({ member, header: member.wireName.toLowerCase() })),
    errorsByName,
    badRequest: byStatus(400),
    unauthorized: byStatus(401),
    base,
    echo,
    forced
  };
}
function sameKind(a, b, codec) {
  if (a.kind !== b.kind) return false;
  if (a.kind === "ref" && b.kind === "ref") {
    const structA = codec.isStruct(a);
    return structA ? codec.isStruct(b) : a.name === b.name;
  }
  return true;
}
function echoPairs(op, inputs, outputs, codec) {
  const pairs = /* @__PURE__ */ new Map();
  for (const e of op.state?.echo ?? []) pairs.set(e.output, e.input);
  for (const o of outputs) {
    if (o.location !== "body" || pairs.has(o.name)) continue;
    const i = inputs.find((m) => m.name === o.name);
    if (i && sameKind(i.type, o.type, codec)) pairs.set(o.name, i.name);
  }
  return [...pairs].map(([output, input]) => ({ output, input }));
}
function baseResponse(service, op, echoed) {
  const example = op.examples.find(
    (e) => e.response?.body !== void 0 && (e.response.status ?? op.successStatus) === op.successStatus
  );
  if (example) {
    const decoded = service.codec.decodeStruct(
      op.output,
      example.response.body,
      "",
      []
    );
    if (isObject(decoded)) return decoded;
  }
  const synth = new Synthesizer(service.def.shapes);
  const members = service.codec.struct(op.output).members;
  return synth.structure(members, (m) => !echoed.has(m.name) && isScalar(m.type, service.def));
}
function isScalar(type, def) {
  if (type.kind === "ref") return def.shapes[type.name]?.kind === "enum";
  return type.kind !== "list" && type.kind !== "map";
}
export {
  compileServices
};
