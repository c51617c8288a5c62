/**
 * Finds and parses the spec files: `specs/<service>/service.yaml` plus one
 * YAML file per operation in the same folder.
 */
import { closeSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import path from "node:path";
import type { Diagnostic } from "../check/diagnostics.js";
import { compareStrings } from "../util/sort.js";
import { MAX_SPEC_BYTES, readYaml, type YamlFile } from "./read-yaml.js";

export interface RawService {
  /** Folder name under the specs directory. */
  folder: string;
  serviceFile?: YamlFile;
  operationFiles: YamlFile[];
}

export interface LoadedSpecs {
  services: RawService[];
  diagnostics: Diagnostic[];
}

export const SERVICE_FILE = "service.yaml";

/** Reads every service folder under `specsDir`, sorted by folder and file name. */
export function loadSpecs(specsDir: string, opts: { only?: readonly string[] } = {}): LoadedSpecs {
  const diagnostics: Diagnostic[] = [];
  const services: RawService[] = [];
  const display = (abs: string) => toDisplayPath(abs);
  let folders: string[];
  try {
    folders = readdirSync(specsDir)
      .filter((name) => statSync(path.join(specsDir, name)).isDirectory())
      .sort(compareStrings);
  } catch {
    diagnostics.push({
      loc: { file: display(specsDir), line: 1, col: 1 },
      severity: "error",
      code: "no-specs",
      message: `cannot read the specs directory`,
      hint: "pass --specs DIR, a folder with one sub-folder per service",
    });
    return { services, diagnostics };
  }
  for (const folder of folders) {
    if (opts.only && !opts.only.includes(folder)) continue;
    const dir = path.join(specsDir, folder);
    const files = readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort(compareStrings);
    const raw: RawService = { folder, operationFiles: [] };
    for (const name of files) {
      const abs = path.join(dir, name);
      const specPath = [path.basename(path.resolve(specsDir)), folder, name].join("/");
      const { file, diagnostics: d } = readYaml(display(abs), readBounded(abs), specPath);
      diagnostics.push(...d);
      if (name === SERVICE_FILE) raw.serviceFile = file;
      else raw.operationFiles.push(file);
    }
    if (!raw.serviceFile) {
      diagnostics.push({
        loc: { file: display(path.join(dir, SERVICE_FILE)), line: 1, col: 1 },
        severity: "error",
        code: "missing-service-file",
        message: `service folder '${folder}' has no ${SERVICE_FILE}`,
        hint: "every folder under specs/ is a service and needs a service.yaml",
      });
    }
    services.push(raw);
  }
  return { services, diagnostics };
}

/** Paths in diagnostics are relative to the working directory when inside it. */
export function toDisplayPath(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return rel.startsWith("..") || path.isAbsolute(rel) ? abs : rel.split(path.sep).join("/");
}

/**
 * The file's text, read up to one byte past the size limit: a huge file is
 * reported as too large (by `readYaml`) without being read into memory.
 */
function readBounded(abs: string): string {
  const fd = openSync(abs, "r");
  try {
    const buf = Buffer.alloc(Math.min(statSync(abs).size, MAX_SPEC_BYTES) + 1);
    let n = 0;
    while (n < buf.length) {
      const r = readSync(fd, buf, n, buf.length - n, n);
      if (r === 0) break;
      n += r;
    }
    return buf.subarray(0, n).toString("utf8");
  } finally {
    closeSync(fd);
  }
}
