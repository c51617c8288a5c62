/**
 * `opforge import aws <service>`: a botocore model -> a spec folder draft.
 * Each step is its own module; this one runs them in order and decides what
 * goes to service.yaml and what to each operation file.
 */
import type { RawSource } from "../../spec/raw.js";
import { compareStrings } from "../../util/sort.js";
import { baseView, type BaseFolder } from "../common/base-folder.js";
import type { DraftNote, ImportDraft } from "../common/draft-file.js";
import { freeName } from "../common/names.js";
import { placeShapes, reachableShapes, shapeDifferences } from "../common/place-shapes.js";
import { shareMembers } from "../common/shared-members.js";
import { UsageError } from "../common/usage-error.js";
import type { LoadedModel } from "./botocore-model.js";
import { awsOperationFile, awsServiceFile, type AwsParts } from "./aws-files.js";
import { draftError, type DraftedError } from "./errors.js";
import { draftOperation, UnsupportedOperation, type OperationDraft } from "./operation-draft.js";
import { planResourceActions } from "./resource-actions.js";
import { detectResources } from "./resources.js";
import { dropRouteClashes, requestedOperations } from "./select-operations.js";
import { ShapeTypes } from "./shape-types.js";

/** What an aws import drafts from and into. */
export interface AwsImportOptions {
  loaded: LoadedModel;
  /** The service id: the folder name under the output folder. */
  service: string;
  operations?: readonly string[];
  base: BaseFolder;
  /** The command line that drafted the files, for their header. */
  command: string;
}

/** The draft of the requested operations of one botocore service, planned against the folder's existing files. */
export function draftAws(o: AwsImportOptions): ImportDraft {
  const { model } = o.loaded;
  if (model.metadata.protocol !== "rest-json") {
    throw new UsageError(
      `${o.service} uses the '${model.metadata.protocol}' protocol; the spec format describes REST-JSON services only (aws-rest-json)`,
    );
  }
  const notes: DraftNote[] = [];
  const names = requestedOperations(model, o.operations);
  const fileOf = (op: string) => baseFileOf(o.base, op) ?? `${op}.yaml`;
  const view = baseView(o.base, new Set(names.map(fileOf)));
  const existing = view.service;
  const types = new ShapeTypes(model);

  let drafts: OperationDraft[] = [];
  for (const n of names) {
    try {
      drafts.push(draftOperation(model, types, model.operations[n]!));
    } catch (e) {
      if (!(e instanceof UnsupportedOperation)) throw e;
      notes.push({ level: "warning", text: `${n} left out: ${e.message}` });
    }
  }
  drafts = dropRouteClashes(drafts, view.routes, notes);

  const source = sourceOf(o.loaded, o.service);
  const errorNames = [...new Set(drafts.flatMap((d) => d.errors))].sort(compareStrings);
  const errors = new Map<string, DraftedError>(
    errorNames.map((n) => [n, draftError(model, types, n, source.title)]),
  );
  const newErrors = errorNames.filter(
    (n) => !existing?.errors || !Object.hasOwn(existing.errors, n),
  );
  for (const n of errorNames) {
    const had = existing?.errors?.[n];
    const mine = errors.get(n)!.def;
    if (had && (had.status !== mine.status || (had.code ?? n) !== mine.code)) {
      notes.push({
        level: "warning",
        text: `service.yaml declares error ${n} with status ${had.status} code ${had.code}; the model says ${mine.status} ${mine.code}`,
      });
    }
  }

  const inputs = new Map(
    drafts.filter((d) => d.input.type === "structure").map((d) => [d.name, d.input]),
  );
  const shared = shareMembers(inputs, existing?.members);

  const statuses = new Map(
    drafts.map((d) => [
      d.name,
      { errorStatuses: new Map(d.errors.map((e) => [e, errors.get(e)!.def.status!])) },
    ]),
  );
  const resources = planResourceActions(
    detectResources(model),
    statuses,
    existing?.resources,
    notes,
  );

  const named = new Map([...types.named].map(([n, s]) => [n, s.def]));
  const users = new Map(
    drafts.map((d) => [d.name, reachableShapes([d.input, ...(d.output ? [d.output] : [])], named)]),
  );
  const serviceUsed = reachableShapes(
    [
      ...Object.values(shared.added),
      ...newErrors.flatMap((n) => Object.values(errors.get(n)!.def.members ?? {})),
    ],
    named,
  );
  const placement = placeShapes(named, users, serviceUsed, (n) => view.shapes.has(n));
  for (const n of placement.reused) {
    const diff = shapeDifferences(view.shapes.get(n)!.def, named.get(n)!);
    if (diff.length)
      notes.push({
        level: "warning",
        text: `uses shape ${n} as ${view.shapes.get(n)!.file} declares it, which differs from the model: ${diff.join("; ")}`,
      });
  }
  uniqueRootNames(drafts, (n) => named.has(n) || view.shapes.has(n));

  const parts: AwsParts = {
    loaded: o.loaded,
    service: o.service,
    source,
    types,
    errors,
    command: o.command,
  };
  const files = [
    awsServiceFile(parts, o.base, {
      members: shared.added,
      shapes: placement.service,
      errors: newErrors,
      resources: resources.declare,
    }),
    ...drafts.map((d) =>
      awsOperationFile(
        parts,
        d,
        fileOf(d.name),
        placement.operations.get(d.name) ?? [],
        resources.actions.get(d.name),
      ),
    ),
  ];
  notes.push({
    level: "info",
    text: `${drafts.length} of ${Object.keys(model.operations).length} operations of ${o.loaded.relativeFile} drafted`,
  });
  return { files, notes };
}

/** The file an operation already lives in, when the folder has it under another name. */
function baseFileOf(base: BaseFolder, op: string): string | undefined {
  for (const [file, data] of base.operations) if (data.operation === op) return file;
  return undefined;
}

function sourceOf(loaded: LoadedModel, service: string): RawSource {
  const title = `botocore service-2.json ${service} ${loaded.apiVersion}`;
  return {
    title,
    file: `botocore/data/${loaded.relativeFile}`,
    ...(loaded.botocoreVersion
      ? {
          url: `https://github.com/boto/botocore/blob/${loaded.botocoreVersion}/botocore/data/${loaded.relativeFile}`,
        }
      : {}),
    covers:
      "HTTP method, path, success status, members, wire names, locations, types, required flags, enum values, constraints, documentation, errors with statuses",
  };
}

/** Inline input and output names are shapes too: each must be unique in the service. */
function uniqueRootNames(drafts: readonly OperationDraft[], taken: (n: string) => boolean): void {
  const used = new Set<string>();
  for (const d of drafts) {
    for (const root of [d.input, d.output]) {
      if (!root || root.type !== "structure" || !root.name) continue;
      root.name = freeName(root.name, (n) => used.has(n) || taken(n));
      used.add(root.name);
    }
  }
}
