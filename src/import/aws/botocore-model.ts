/**
 * The botocore service model as the importer reads it: every field of
 * `service-2.json` that says something a spec can hold (or that the importer
 * must explain it cannot). `verify/service-model.ts` types the subset verify
 * compares; this file the rest.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { compareStrings } from "../../util/sort.js";

/** A reference to a shape from a structure member, list member, map key or value, with its traits. */
export interface BotoMemberRef {
  shape: string;
  location?: "uri" | "querystring" | "header" | "headers" | "statusCode";
  locationName?: string;
  documentation?: string;
  idempotencyToken?: boolean;
  jsonvalue?: boolean;
  hostLabel?: boolean;
  deprecated?: boolean;
  timestampFormat?: string;
  streaming?: boolean;
  eventpayload?: boolean;
  box?: boolean;
}

/** A shape of the model, with every field the importer reads or explains. */
export interface BotoShape {
  type: string;
  members?: Record<string, BotoMemberRef>;
  required?: string[];
  enum?: string[];
  member?: BotoMemberRef;
  key?: BotoMemberRef;
  value?: BotoMemberRef;
  min?: number;
  max?: number;
  pattern?: string;
  payload?: string;
  timestampFormat?: string;
  streaming?: boolean;
  eventstream?: boolean;
  document?: boolean;
  union?: boolean;
  exception?: boolean;
  fault?: boolean;
  retryable?: { throttling?: boolean };
  error?: { httpStatusCode?: number; code?: string; senderFault?: boolean };
  deprecated?: boolean;
  documentation?: string;
  sensitive?: boolean;
}

/** An operation of the model. */
export interface BotoOperation {
  name: string;
  http: { method: string; requestUri: string; responseCode?: number };
  input?: { shape: string };
  output?: { shape: string };
  errors?: Array<{ shape: string }>;
  documentation?: string;
  deprecated?: boolean;
  endpoint?: { hostPrefix?: string };
  idempotent?: boolean;
  authtype?: string;
}

/** A whole `service-2.json`. */
export interface BotoModel {
  version?: string;
  metadata: {
    apiVersion: string;
    endpointPrefix?: string;
    signingName?: string;
    protocol?: string;
    serviceId?: string;
    serviceFullName?: string;
    signatureVersion?: string;
  };
  operations: Record<string, BotoOperation>;
  shapes: Record<string, BotoShape>;
  documentation?: string;
}

/** A model file found on disk, with what a spec's `sources:` says about it. */
export interface LoadedModel {
  model: BotoModel;
  /** Absolute path of the service-2.json read. */
  file: string;
  /** `<service>/<version>/service-2.json`, as botocore's data folder lays it out. */
  relativeFile: string;
  apiVersion: string;
  /** botocore's own version when the data folder sits in a botocore package (for a public URL). */
  botocoreVersion?: string;
}

/** Thrown for anything the user can fix: a missing service, version or folder. */
export class ModelNotFound extends Error {}

/**
 * Reads `<modelsDir>/<service>/<version>/service-2.json`, the newest version
 * (versions are dates, so name order is age order) unless one is asked for.
 */
export function loadBotoModel(modelsDir: string, service: string, version?: string): LoadedModel {
  const dir = path.join(modelsDir, service);
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(service) || !existsSync(dir)) {
    const known = existsSync(modelsDir)
      ? readdirSync(modelsDir).filter((n) => !n.startsWith("_") && !n.includes("."))
      : [];
    const close = known.filter((n) => n.includes(service) || service.includes(n)).slice(0, 5);
    throw new ModelNotFound(
      existsSync(modelsDir)
        ? `no botocore model for '${service}' in ${modelsDir}${close.length ? ` (similar: ${close.join(", ")})` : ""}`
        : `models folder ${modelsDir} does not exist (install python3-botocore, or pass --models DIR)`,
    );
  }
  const versions = readdirSync(dir)
    .filter((v) => existsSync(path.join(dir, v, "service-2.json")))
    .sort(compareStrings);
  const chosen = version ?? versions[versions.length - 1];
  if (!chosen || !versions.includes(chosen)) {
    throw new ModelNotFound(
      `no service-2.json for ${service}${version ? ` version ${version}` : ""} in ${dir} (versions: ${versions.join(", ") || "none"})`,
    );
  }
  const file = path.join(dir, chosen, "service-2.json");
  const model = JSON.parse(readFileSync(file, "utf8")) as BotoModel;
  if (!model.operations || !model.shapes || !model.metadata)
    throw new ModelNotFound(`${file} is not a botocore service model`);
  return {
    model,
    file,
    relativeFile: `${service}/${chosen}/service-2.json`,
    apiVersion: model.metadata.apiVersion ?? chosen,
    botocoreVersion: botocoreVersion(modelsDir),
  };
}

/** `__version__` of the botocore package that holds `modelsDir` (its parent folder), if it is one. */
function botocoreVersion(modelsDir: string): string | undefined {
  const init = path.join(path.dirname(path.resolve(modelsDir)), "__init__.py");
  if (!existsSync(init)) return undefined;
  const m = /^__version__\s*=\s*['"]([^'"]+)['"]/m.exec(readFileSync(init, "utf8"));
  return m?.[1]?.replace(/\+.*$/, "");
}

/** The shape named `name`; throws on a model that refers to a shape it lacks. */
export function shapeOf(model: BotoModel, name: string): BotoShape {
  const s = Object.hasOwn(model.shapes, name) ? model.shapes[name] : undefined;
  if (!s) throw new Error(`botocore model refers to an unknown shape '${name}'`);
  return s;
}
