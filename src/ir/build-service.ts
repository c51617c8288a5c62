/**
 * One service folder -> IrService: service.yaml's own fields, shared
 * members, shapes, errors, resources, then every operation; finally the
 * derived facts (roots, usage, default resource errors). No judgement: the
 * passes in `src/check/` report what is wrong with the result.
 */
import type { RawService } from "../load/load-specs.js";
import type { RawServiceFile } from "../spec/raw.js";
import { compareStrings, sortBy } from "../util/sort.js";
import { buildError } from "./build-errors.js";
import { buildOperation, buildSources } from "./build-operation.js";
import { buildResources } from "./build-resources.js";
import { buildMember, buildStructureShape, declareShapes } from "./build-shapes.js";
import { BuildContext } from "./context.js";
import { deriveResourceErrors, markRootsAndUsage } from "./derive.js";
import { serviceNames } from "./names.js";
import type { IrError, IrOperation, IrService } from "./types.js";
import { locOf, under, type Where } from "./where.js";

export function buildService(raw: RawService): IrService {
  const file = raw.serviceFile!;
  const s = file.data as RawServiceFile;
  const where: Where = { file, path: [] };
  const ctx = new BuildContext(s, (name, def, w, c) => buildStructureShape(name, def, w, c, { declared: false, root: null }));

  for (const name of Object.keys(s.members ?? {}).sort(compareStrings)) {
    ctx.sharedMembers.set(name, buildMember(name, s.members![name]!, under(where, "members", name), ctx, "", 0));
  }
  declareShapes(s.shapes, under(where, "shapes"), ctx);
  for (const op of raw.operationFiles) declareShapes(op.data ? (op.data as { shapes?: RawServiceFile["shapes"] }).shapes : undefined, { file: op, path: ["shapes"] }, ctx);

  const serviceErrors = new Map<string, IrError>();
  for (const name of Object.keys(s.errors ?? {}).sort(compareStrings)) {
    serviceErrors.set(name, buildError(name, s.errors![name]!, under(where, "errors", name), ctx, undefined, true));
  }

  const operations: IrOperation[] = raw.operationFiles.map((f) => buildOperation(f, ctx, serviceErrors));
  const resources = buildResources(s.resources, under(where, "resources"));
  markRootsAndUsage(ctx, operations, [...serviceErrors.values(), ...operations.flatMap((o) => o.errors)]);
  deriveResourceErrors(operations);

  // The service's error list: service.yaml's, plus the first definition of each operation-only error.
  const allErrors = new Map(serviceErrors);
  for (const op of operations) for (const e of op.errors) if (e.opOnly && !allErrors.has(e.name)) allErrors.set(e.name, e);

  const auth = s.auth;
  return {
    id: s.service,
    name: s.name,
    title: s.title,
    documentation: s.documentation,
    vendor: s.vendor,
    protocol: s.protocol,
    apiVersion: s.apiVersion,
    endpointPrefix: s.endpointPrefix,
    auth: {
      scheme: auth.scheme,
      signingName: auth.signingName ?? (auth.scheme === "sigv4" ? (s.endpointPrefix ?? s.service) : undefined),
      header: auth.header ?? (auth.scheme === "x-auth-token" ? "X-Auth-Token" : undefined),
      documentation: auth.documentation,
    },
    unknownMembers: { input: s.unknownMembers?.input ?? "reject", output: s.unknownMembers?.output ?? "allow" },
    sources: buildSources(s.sources),
    names: serviceNames(s.service, s.name),
    shapes: sortBy(ctx.shapes, (x) => x.name),
    members: sortBy(ctx.sharedMembers.values(), (m) => m.name),
    operations: sortBy(operations, (o) => o.name),
    errors: sortBy(allErrors.values(), (e) => e.name),
    resources,
    files: [file.specPath, ...raw.operationFiles.map((f) => f.specPath)].sort(compareStrings),
    folder: raw.folder,
    loc: file.locate([]),
    idLoc: locOf(under(where, "service")),
  };
}
