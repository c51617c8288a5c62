/**
 * Everything that can be decided before the first request: the route tree,
 * per-operation member bindings, the base response body, echo pairs and the
 * rendered bodies of forced errors. The request path then only looks up.
 */
import type {
  MockError,
  MockMember,
  MockOperation,
  MockServiceDefinition,
  MockType,
} from "./definition.js";
import { PROTOCOLS, type Protocol, type WireResponse } from "./protocol.js";
import { Router, parseTemplate } from "./router.js";
import { Synthesizer } from "./synthesize.js";
import { WireCodec, isObject, type WireProblem } from "./wire.js";

export interface CompiledService {
  def: MockServiceDefinition;
  protocol: Protocol;
  codec: WireCodec;
  /** Lower-case token header for x-auth-token services. */
  tokenHeader: string | undefined;
}

export interface CompiledOperation {
  service: CompiledService;
  op: MockOperation;
  /** Input member bound to each template label, in template order. */
  pathMembers: Array<MockMember | undefined>;
  queryMembers: MockMember[];
  /** Header members with lower-case wire names. */
  headerMembers: Array<{ member: MockMember; header: string }>;
  errorsByName: Map<string, MockError>;
  /** The error used for invalid requests (the table's 400). */
  badRequest: MockError | undefined;
  /** The error used for missing credentials (the table's 401). */
  unauthorized: MockError | undefined;
  /** Documented-name response before echo and state; never mutated. */
  base: Record<string, unknown>;
  /** Output member <- input member. */
  echo: Array<{ output: string; input: string }>;
  /** Forced errors (`Prefer`), rendered once. */
  forced: Map<string, WireResponse>;
}

/** Compiles services into a router; throws when two services claim a route and requests could not tell them apart. */
export function compileServices(defs: readonly MockServiceDefinition[]): {
  router: Router<CompiledOperation>;
  services: CompiledService[];
} {
  const router = new Router<CompiledOperation>();
  const services: CompiledService[] = [];
  for (const def of defs) {
    const protocol = PROTOCOLS[def.protocol];
    if (!protocol)
      throw new Error(`mock: service ${def.id} uses unknown protocol '${String(def.protocol)}'`);
    const service: CompiledService = {
      def,
      protocol,
      codec: new WireCodec(def.shapes, def.unknownInputMembers === "reject"),
      tokenHeader:
        def.auth.scheme === "x-auth-token"
          ? (def.auth.header ?? "X-Auth-Token").toLowerCase()
          : undefined,
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

/** Two claimants of one route are told apart by SigV4 scope (different signing names) or by auth scheme. */
function assertDistinguishable(claimants: readonly CompiledOperation[], op: MockOperation): void {
  const last = claimants[claimants.length - 1]!;
  for (const other of claimants.slice(0, -1)) {
    const a = other.service.def.auth;
    const b = last.service.def.auth;
    const apart =
      a.scheme !== b.scheme ||
      (a.scheme === "sigv4" &&
        a.signingName !== undefined &&
        b.signingName !== undefined &&
        a.signingName !== b.signingName);
    if (!apart) {
      throw new Error(
        `mock: ${other.service.def.id} ${other.op.name} and ${last.service.def.id} ${last.op.name} both answer ${op.method} ${op.path}, ` +
          `and requests cannot tell them apart (same auth scheme${a.scheme === "sigv4" ? " and SigV4 signing name" : ""}). ` +
          `Serve them on separate ports (--service ${other.service.def.id} / --service ${last.service.def.id}).`,
      );
    }
  }
}

function compileOperation(service: CompiledService, op: MockOperation): CompiledOperation {
  const input = service.codec.struct(op.input);
  const output = service.codec.struct(op.output);
  const labels = parseTemplate(op.path).flatMap((s) => ("label" in s ? [s.label] : []));
  const pathMembers = labels.map((l) =>
    input.members.find((m) => m.location === "path" && m.wireName === l),
  );
  const errorsByName = new Map(op.errors.map((e) => [e.name, e] as const));
  const byStatus = (status: number) => op.errors.find((e) => e.status === status);
  const echo = echoPairs(op, input.members, output.members, service.codec);
  const base = baseResponse(service, op, new Set(echo.map((e) => e.output)));
  const forced = new Map<string, WireResponse>();
  for (const e of op.errors) forced.set(e.name, service.protocol.renderError(e, undefined));
  return {
    service,
    op,
    pathMembers,
    queryMembers: input.members.filter((m) => m.location === "query"),
    headerMembers: input.members
      .filter((m) => m.location === "header")
      .map((member) => ({ member, header: member.wireName.toLowerCase() })),
    errorsByName,
    badRequest: byStatus(400),
    unauthorized: byStatus(401),
    base,
    echo,
    forced,
  };
}

function sameKind(a: MockType, b: MockType, codec: WireCodec): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "ref" && b.kind === "ref") {
    const structA = codec.isStruct(a);
    // Two structures may differ (request vs response variants); the output encoder keeps only output members.
    return structA ? codec.isStruct(b) : (a as { name: string }).name === b.name;
  }
  return true;
}

/** Output members that repeat the request: the spec's `echo` pairs, then same-named members of the same kind. */
function echoPairs(
  op: MockOperation,
  inputs: readonly MockMember[],
  outputs: readonly MockMember[],
  codec: WireCodec,
): Array<{ output: string; input: string }> {
  const pairs = new Map<string, string>();
  for (const e of op.state?.echo ?? []) pairs.set(e.output, e.input);
  for (const o of outputs) {
    if (o.location !== "body" || pairs.has(o.name)) continue;
    const i = inputs.find((m) => m.name === o.name);
    if (i && sameKind(i.type, o.type, codec)) pairs.set(o.name, i.name);
  }
  return [...pairs].map(([output, input]) => ({ output, input }));
}

/**
 * The response before echo: the docs' example of the success response when
 * there is one, else a synthesized object with the required members and the
 * top-level scalars that do not mirror the request.
 */
function baseResponse(
  service: CompiledService,
  op: MockOperation,
  echoed: ReadonlySet<string>,
): Record<string, unknown> {
  const example = op.examples.find(
    (e) =>
      e.response?.body !== undefined &&
      (e.response.status ?? op.successStatus) === op.successStatus,
  );
  if (example) {
    const decoded = service.codec.decodeStruct(
      op.output,
      example.response!.body,
      "",
      [] as WireProblem[],
    );
    if (isObject(decoded)) return decoded;
  }
  const synth = new Synthesizer(service.def.shapes);
  const members = service.codec.struct(op.output).members;
  return synth.structure(members, (m) => !echoed.has(m.name) && isScalar(m.type, service.def));
}

function isScalar(type: MockType, def: MockServiceDefinition): boolean {
  if (type.kind === "ref") return def.shapes[type.name]?.kind === "enum";
  return type.kind !== "list" && type.kind !== "map";
}
