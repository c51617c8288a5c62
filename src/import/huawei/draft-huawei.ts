/**
 * `opforge import huawei <page>`: one API reference page -> its operation
 * file, and service.yaml (new, or the existing one with the errors the page
 * adds). Shapes and errors the folder already declares are reused.
 */
import type {
  RawErrorDef,
  RawExample,
  RawJson,
  RawMember,
  RawOperationFile,
  RawServiceFile,
  RawSource,
  RawTypeDef,
} from "../../spec/raw.js";
import { baseView, type BaseFolder } from "../common/base-folder.js";
import type { DraftNote, ImportDraft, RenderedFile } from "../common/draft-file.js";
import { pascalCase } from "../common/names.js";
import { mergeServiceText } from "../common/service-merge.js";
import { shareMembers } from "../common/shared-members.js";
import { UsageError } from "../common/usage-error.js";
import { renderDraft } from "../common/yaml-render.js";
import { pageErrors } from "./errors.js";
import { PageMembers } from "./members.js";
import { operationName, operationNoun } from "./operation-name.js";
import type { Page } from "./page.js";
import { pageFacts, type PageFacts, type ParamRow } from "./page-facts.js";
import { ShapeRegistry } from "./shape-registry.js";

/** What a huawei import drafts from and into. */
export interface HuaweiImportOptions {
  page: Page;
  /** The page file as named on the command line (its base name goes to `sources:`). */
  pageFile: string;
  service: string;
  operation?: string;
  url?: string;
  base: BaseFolder;
  command: string;
}

const DEFAULT_TOKEN_HEADER = "X-Auth-Token";

/** The draft of one page's operation, planned against the folder's existing files. */
export function draftHuawei(o: HuaweiImportOptions): ImportDraft {
  const facts = pageFacts(o.page);
  const notes: DraftNote[] = [];
  const op = o.operation ?? operationName(facts.originalName, facts.title);
  if (!op || !/^[A-Z][A-Za-z0-9]*$/.test(op))
    throw new UsageError(
      `cannot name the operation from the page${op ? ` ('${op}' is not PascalCase)` : ""}; pass --operation NAME`,
    );
  if (!facts.method || !facts.path)
    throw new UsageError(
      `the page states no method and URI (a line like 'PUT /v2/{project_id}/...' under URI)`,
    );
  const file = [...o.base.operations].find(([, d]) => d.operation === op)?.[0] ?? `${op}.yaml`;
  const view = baseView(o.base, new Set([file]));
  const existing = view.service;
  const tokenHeader = existing?.auth.header ?? DEFAULT_TOKEN_HEADER;
  const noun = operationNoun(op);
  const shapes = new ShapeRegistry(view.shapes, noun);
  const members = new PageMembers(facts, shapes);
  const source = sourceOf(o, facts, existing);

  const input: RawTypeDef = {
    type: "structure",
    name: `${op}Request`,
    members: inputMembers(facts, members, noun, tokenHeader, notes),
  };
  shareMembers(new Map([[op, input]]), existing?.members);
  const success = [...facts.responses.values()]
    .filter((r) => r.status >= 200 && r.status < 300)
    .sort((a, b) => a.status - b.status)[0];
  const outRows = [...(success?.body?.rows ?? [])];
  const outMembers: Record<string, RawMember> = {
    ...members.members(success?.headers?.rows ?? [], "response", noun, "header"),
    ...members.members(outRows, "response", noun),
  };
  const errors = pageErrors(facts, members, existing, notes);
  for (const r of shapes.renamed)
    notes.push({ level: "warning", text: `shape ${r.from} drafted as ${r.to}: ${r.why}` });
  if (facts.unreadableExamples.length)
    notes.push({
      level: "warning",
      text: `not JSON, left out: ${facts.unreadableExamples.join(", ")}`,
    });

  const data: RawOperationFile = {
    operation: op,
    ...(facts.title ? { title: facts.title } : {}),
    ...(facts.documentation ? { documentation: facts.documentation } : {}),
    sources: [source],
    http: {
      method: facts.method as RawOperationFile["http"]["method"],
      path: facts.path,
      successStatus: success?.status ?? 200,
    },
    input: inOrder(input),
    ...(Object.keys(outMembers).length
      ? { output: { type: "structure", name: `${op}Response`, members: outMembers } }
      : {}),
    ...(Object.keys(errors.operation).length ? { errors: errors.operation } : {}),
    ...(shapes.declared.size ? { shapes: Object.fromEntries(shapes.declared) } : {}),
    ...examplesOf(facts, success?.status),
  };
  const header = [
    `Drafted by \`${o.command}\` from ${source.title}.`,
    "Review it: constraints, enumerations and defaults are read from the descriptions' wording.",
  ];
  const files: RenderedFile[] = [
    serviceFile(
      o,
      existing ? o.base.service!.text : undefined,
      errors.service,
      source,
      tokenHeader,
      header,
      facts,
    ),
  ];
  files.push({
    path: `${o.service}/${file}`,
    text: renderDraft({ path: file, data, header, comments: [] }),
  });
  return { files, notes };
}

function inputMembers(
  facts: PageFacts,
  members: PageMembers,
  noun: string,
  tokenHeader: string,
  notes: DraftNote[],
): Record<string, RawMember> {
  const placeholders = [...(facts.path ?? "").matchAll(/\{([^}+]+)\+?\}/g)].map((m) => m[1]!);
  const pathRows: ParamRow[] = [...facts.params.path];
  for (const p of placeholders) {
    if (!pathRows.some((r) => r.name === p)) {
      pathRows.push({ name: p, mandatory: true, type: "String", description: "" });
      notes.push({
        level: "warning",
        text: `URI placeholder {${p}} has no row in the path parameter table; drafted as a string`,
      });
    }
  }
  const headers = facts.params.header.filter(
    (r) => r.name.toLowerCase() !== tokenHeader.toLowerCase(),
  );
  return {
    ...members.members(pathRows, "request", noun, "path"),
    ...members.members(facts.params.query, "request", noun, "query"),
    ...members.members(headers, "request", noun, "header"),
    ...members.members(facts.params.body, "request", noun),
  };
}

/** Request examples, the first with the success response; a success response alone when no request is shown. */
function examplesOf(
  facts: PageFacts,
  successStatus: number | undefined,
): { examples?: RawExample[] } {
  const ok = successStatus === undefined ? undefined : facts.responses.get(successStatus);
  const response =
    ok?.example !== undefined
      ? { response: { status: successStatus!, body: ok.example as RawJson } }
      : {};
  const examples: RawExample[] = facts.requestExamples.map((e, i) => ({
    title: e.title,
    request: { body: e.body as RawJson },
    ...(i === 0 ? response : {}),
  }));
  if (!examples.length && ok?.example !== undefined)
    examples.push({ title: facts.title ?? "Example", ...response });
  return examples.length ? { examples } : {};
}

function sourceOf(
  o: HuaweiImportOptions,
  facts: PageFacts,
  existing: RawServiceFile | undefined,
): RawSource {
  const vendor = existing?.title ?? "Huawei Cloud";
  return {
    title: `${vendor} API Reference: ${facts.title ?? o.pageFile}`,
    file: o.pageFile.replace(/^.*[\\/]/, ""),
    ...(o.url ? { url: o.url } : {}),
    covers:
      "HTTP method, path, success status, members, constraints, enumerations, defaults, errors, examples",
  };
}

function serviceFile(
  o: HuaweiImportOptions,
  text: string | undefined,
  errors: Record<string, RawErrorDef>,
  source: RawSource,
  tokenHeader: string,
  header: string[],
  facts: PageFacts,
): RenderedFile {
  const path = `${o.service}/service.yaml`;
  if (text !== undefined)
    return {
      path,
      text: mergeServiceText(text, {
        ...(Object.keys(errors).length ? { errors } : {}),
        comments: [],
      }),
    };
  const token = facts.params.header.find((r) => r.name.toLowerCase() === tokenHeader.toLowerCase());
  const data: RawServiceFile = {
    service: o.service,
    name: pascalCase(o.service),
    title: o.service,
    vendor: "huawei",
    protocol: "huawei-rest-json",
    auth: {
      scheme: "x-auth-token",
      header: tokenHeader,
      ...(token?.description ? { documentation: token.description } : {}),
    },
    sources: [
      {
        ...source,
        covers:
          "X-Auth-Token header, error statuses, error codes, error body members, error examples",
      },
    ],
    ...(Object.keys(errors).length ? { errors } : {}),
  };
  return { path, text: renderDraft({ path, data, header, comments: [] }) };
}

function inOrder(t: RawTypeDef): RawTypeDef {
  const { type, name, include, members, ...rest } = t;
  return {
    type,
    ...(name ? { name } : {}),
    ...(include?.length ? { include } : {}),
    members: members ?? {},
    ...rest,
  };
}
