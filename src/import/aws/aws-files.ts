/** The drafted AWS spec files: service.yaml (new, or the existing one with additions) and one file per operation. */
import type {
  RawOperationFile,
  RawOperationResource,
  RawResource,
  RawServiceFile,
  RawSource,
  RawTypeDef,
} from "../../spec/raw.js";
import type { BaseFolder } from "../common/base-folder.js";
import type { DraftComment, RenderedFile } from "../common/draft-file.js";
import { htmlToText } from "../common/html-text.js";
import { pascalWords } from "../common/names.js";
import { mergeServiceText, type ServiceAdditions } from "../common/service-merge.js";
import { renderDraft } from "../common/yaml-render.js";
import type { LoadedModel } from "./botocore-model.js";
import type { DraftedError } from "./errors.js";
import type { OperationDraft } from "./operation-draft.js";
import type { ShapeTypes } from "./shape-types.js";

/** What every drafted AWS file is rendered from. */
export interface AwsParts {
  loaded: LoadedModel;
  service: string;
  source: RawSource;
  types: ShapeTypes;
  errors: ReadonlyMap<string, DraftedError>;
  command: string;
}

const REVIEW =
  "Review it: names, types, wire names and errors are the model's; constraints the docs add are not in the model.";
const RESOURCE_DRAFT =
  "Draft for review: the resource model is guessed from operation names and paths.";

function header(parts: AwsParts): string[] {
  return [`Drafted by \`${parts.command}\` from ${parts.source.file}.`, REVIEW];
}

/** service.yaml: written whole when the folder has none, else the existing text with the additions appended. */
export function awsServiceFile(
  parts: AwsParts,
  base: BaseFolder,
  add: {
    members: Record<string, unknown>;
    shapes: string[];
    errors: string[];
    resources: Record<string, RawResource>;
  },
): RenderedFile {
  const path = `${parts.service}/service.yaml`;
  const comments: DraftComment[] = [];
  const shapes: Record<string, RawTypeDef> = {};
  for (const n of add.shapes) {
    const s = parts.types.named.get(n)!;
    shapes[n] = s.def;
    for (const c of s.comments) comments.push({ at: ["shapes", n, ...c.at], text: c.text });
  }
  const errors: NonNullable<RawServiceFile["errors"]> = {};
  for (const n of add.errors) {
    const e = parts.errors.get(n)!;
    errors[n] = e.def;
    if (e.comment) comments.push({ at: ["errors", n, "members"], text: e.comment });
  }
  for (const r of Object.keys(add.resources))
    comments.push({ at: ["resources", r], text: RESOURCE_DRAFT });
  const additions: ServiceAdditions = {
    ...(Object.keys(add.members).length
      ? { members: add.members as RawServiceFile["members"] }
      : {}),
    ...(add.shapes.length ? { shapes } : {}),
    ...(add.errors.length ? { errors } : {}),
    ...(Object.keys(add.resources).length ? { resources: add.resources } : {}),
    comments,
  };
  if (base.service) return { path, text: mergeServiceText(base.service.text, additions) };
  const m = parts.loaded.model.metadata;
  const docs = parts.loaded.model.documentation ? htmlToText(parts.loaded.model.documentation) : "";
  const data: RawServiceFile = {
    service: parts.service,
    name: pascalWords(m.serviceId ?? parts.service),
    title: m.serviceFullName ?? m.serviceId ?? parts.service,
    ...(docs ? { documentation: docs } : {}),
    vendor: "aws",
    protocol: "aws-rest-json",
    apiVersion: parts.loaded.apiVersion,
    auth: { scheme: "sigv4", signingName: m.signingName ?? m.endpointPrefix ?? parts.service },
    ...(m.endpointPrefix ? { endpointPrefix: m.endpointPrefix } : {}),
    sources: [parts.source],
    ...(additions.members ? { members: additions.members } : {}),
    ...(additions.shapes ? { shapes: additions.shapes } : {}),
    ...(additions.errors ? { errors: additions.errors } : {}),
    ...(additions.resources ? { resources: additions.resources } : {}),
  };
  return { path, text: renderDraft({ path, data, header: header(parts), comments }) };
}

/** One operation's file, declaring the shapes placed in it. */
export function awsOperationFile(
  parts: AwsParts,
  d: OperationDraft,
  file: string,
  shapeNames: readonly string[],
  resource: RawOperationResource | undefined,
): RenderedFile {
  const path = `${parts.service}/${file}`;
  const comments: DraftComment[] = [...d.comments];
  const shapes: Record<string, RawTypeDef> = {};
  for (const n of shapeNames) {
    const s = parts.types.named.get(n)!;
    shapes[n] = s.def;
    for (const c of s.comments) comments.push({ at: ["shapes", n, ...c.at], text: c.text });
  }
  const data: RawOperationFile = {
    operation: d.name,
    title: d.name,
    ...(d.documentation ? { documentation: d.documentation } : {}),
    sources: [parts.source],
    http: d.http,
    input: rootInOrder(d.input),
    ...(d.output ? { output: rootInOrder(d.output) } : {}),
    ...(d.errors.length ? { errors: Object.fromEntries(d.errors.map((e) => [e, null])) } : {}),
    ...(shapeNames.length ? { shapes } : {}),
    ...(resource ? { resource } : {}),
  };
  if (resource) comments.push({ at: ["resource"], text: RESOURCE_DRAFT });
  return { path, text: renderDraft({ path, data, header: header(parts), comments }) };
}

/** An inline input/output with its keys in reading order: name, documentation, include, members, verify. */
function rootInOrder(t: RawTypeDef): RawTypeDef {
  if (t.ref !== undefined) return t;
  const { type, name, documentation, include, members, verify, ...rest } = t;
  return {
    type,
    ...(name ? { name } : {}),
    ...(documentation ? { documentation } : {}),
    ...(include?.length ? { include } : {}),
    members: members ?? {},
    ...(verify ? { verify } : {}),
    ...rest,
  };
}
