/** One operation file -> IrOperation (its input and output shapes are added to the context). */
import type { RawOperationFile, RawTypeDef } from "../spec/raw.js";
import type { YamlFile } from "../load/read-yaml.js";
import { sortBy } from "../util/sort.js";
import { buildError } from "./build-errors.js";
import { buildHttp } from "./build-http.js";
import { buildOperationResource } from "./build-resources.js";
import { buildStructureShape } from "./build-shapes.js";
import type { BuildContext } from "./context.js";
import { defaultInputName, defaultOutputName, lowerFirst } from "./names.js";
import type { IrError, IrExample, IrOperation, IrSource } from "./types.js";
import { locOf, under, type Where } from "./where.js";

export function buildOperation(file: YamlFile, ctx: BuildContext, serviceErrors: ReadonlyMap<string, IrError>): IrOperation {
  const o = file.data as RawOperationFile;
  const where: Where = { file, path: [] };
  const name = o.operation;
  const input = operationShape(o.input, under(where, "input"), defaultInputName(name), "input", ctx);
  const output = o.output === undefined ? undefined : operationShape(o.output, under(where, "output"), defaultOutputName(name), "output", ctx);

  const errors = new Map<string, IrError>();
  for (const errName of Object.keys(o.errors ?? {})) {
    const base = serviceErrors.get(errName);
    errors.set(errName, buildError(errName, o.errors![errName] ?? {}, under(where, "errors", errName), ctx, base, false));
  }
  for (const e of serviceErrors.values()) if (e.appliesToAll && !errors.has(e.name)) errors.set(e.name, e);

  return {
    name,
    methodName: lowerFirst(name),
    title: o.title,
    documentation: o.documentation,
    sources: buildSources(o.sources),
    http: buildHttp(o.http, under(where, "http")),
    input,
    output,
    at: {
      input: locOf(under(where, "input", ...(o.input.ref !== undefined ? ["ref"] : []))),
      output: o.output === undefined ? undefined : locOf(under(where, "output", ...(o.output.ref !== undefined ? ["ref"] : []))),
      inputIsRef: o.input.ref !== undefined,
      outputIsRef: o.output?.ref !== undefined,
    },
    errors: sortBy(errors.values(), (e) => e.name),
    examples: (o.examples ?? []).map(buildExample),
    resource: o.resource ? buildOperationResource(o.resource, under(where, "resource")) : undefined,
    verify: o.verify,
    file: file.specPath,
    loc: locOf(under(where, "operation")),
  };
}

/**
 * The input or output structure: inline (named by default) or a `ref:` to a
 * declared structure, which then becomes the operation's root (see `usage.ts`).
 */
function operationShape(def: RawTypeDef, where: Where, defaultName: string, root: "input" | "output", ctx: BuildContext): string {
  if (def.ref !== undefined) {
    ctx.rootRefs.push({ name: def.ref, root, loc: locOf(under(where, "ref")) });
    return def.ref;
  }
  const name = def.name ?? defaultName;
  ctx.addShape(buildStructureShape(name, def, where, ctx, { declared: false, root }));
  return name;
}

export function buildSources(raw: RawOperationFile["sources"]): IrSource[] {
  return (raw ?? []).map((s) => ({ title: s.title, file: s.file, url: s.url, covers: s.covers }));
}

function buildExample(e: NonNullable<RawOperationFile["examples"]>[number]): IrExample {
  return { title: e.title, documentation: e.documentation, request: e.request, response: e.response };
}
