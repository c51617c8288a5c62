/**
 * The official AWS service models as botocore ships them
 * (`<data>/<service>/<apiVersion>/service-2.json`), and how a spec'd service
 * finds its model. Only the fields `verify` compares are typed.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { IrService } from "../ir/types.js";
import { compareStrings } from "../util/sort.js";

/** Debian's python3-botocore data folder. */
export const DEFAULT_MODELS_DIR = "/usr/lib/python3/dist-packages/botocore/data";

export interface ModelMemberRef {
  shape: string;
  location?: "uri" | "querystring" | "header" | "headers" | "statusCode";
  locationName?: string;
}

export interface ModelShape {
  type: string;
  members?: Record<string, ModelMemberRef>;
  required?: string[];
  enum?: string[];
  member?: { shape: string };
  key?: { shape: string };
  value?: { shape: string };
  payload?: string;
  exception?: boolean;
  error?: { httpStatusCode?: number; code?: string };
}

export interface ModelOperation {
  name: string;
  http: { method: string; requestUri: string; responseCode?: number };
  input?: { shape: string };
  output?: { shape: string };
  errors?: Array<{ shape: string }>;
}

export interface ServiceModel {
  metadata: { apiVersion: string; endpointPrefix?: string; signingName?: string; protocol?: string; serviceId?: string };
  operations: Record<string, ModelOperation>;
  shapes: Record<string, ModelShape>;
}

export interface LocatedModel {
  /** Display path of the service-2.json that was used. */
  file: string;
  model: ServiceModel;
}

/** Folder names a service's model may live under, most specific first. */
export function modelFolderCandidates(service: IrService): string[] {
  const names = [service.endpointPrefix, service.auth.signingName, service.id].filter((n): n is string => typeof n === "string" && n !== "");
  return [...new Set(names)];
}

/**
 * Finds and parses the model of an AWS service, or explains why there is none.
 * `apiVersion` must match a folder: a model of another version is not the same API.
 */
export function locateModel(modelsDir: string, service: IrService): LocatedModel | { missing: string } {
  const tried: string[] = [];
  for (const folder of modelFolderCandidates(service)) {
    const dir = path.join(modelsDir, folder);
    if (!existsSync(dir)) {
      tried.push(dir);
      continue;
    }
    if (!service.apiVersion) {
      const versions = readdirSync(dir).sort(compareStrings);
      return { missing: `service.yaml has no apiVersion; ${dir} has ${versions.join(", ") || "no versions"}` };
    }
    const file = path.join(dir, service.apiVersion, "service-2.json");
    if (!existsSync(file)) {
      tried.push(file);
      continue;
    }
    const model = JSON.parse(readFileSync(file, "utf8")) as ServiceModel;
    return { file, model };
  }
  return { missing: `no service-2.json at ${tried.join(" or ")}` };
}
