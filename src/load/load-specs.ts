/**
 * Finds and parses the spec files: `specs/<service>/service.yaml` plus one
 * YAML file per operation in the same folder. Only regular files are read;
 * anything else named like a spec file (a folder, a FIFO, a broken or
 * looping symbolic link, a link out of the specs folder) is reported at
 * its name (see `spec-entries.ts`).
 */
import path from "node:path";
import type { Diagnostic } from "../check/diagnostics.js";
import { readBounded } from "./read-file.js";
import { MAX_SPEC_BYTES, readYaml, type YamlFile } from "./read-yaml.js";
import { listEntries, specsRoot, type Entry, type RefusedEntry } from "./spec-entries.js";

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

const SPEC_FILE = /\.ya?ml$/;

/**
 * Parsed spec files by path, kept by a long-running process (watch) so that
 * a file whose text did not change is not parsed again. The parsed file is
 * shared: later stages only read it.
 */
export type ParseCache = Map<string, { text: string; file: YamlFile; diagnostics: Diagnostic[] }>;

/** Reads every service folder under `specsDir`, sorted by folder and file name. */
export function loadSpecs(specsDir: string, opts: { only?: readonly string[]; cache?: ParseCache } = {}): LoadedSpecs {
  const diagnostics: Diagnostic[] = [];
  const services: RawService[] = [];
  const at = (listed: string) => ({ file: toDisplayPath(listed), line: 1, col: 1 });
  const refused = (e: RefusedEntry) => diagnostics.push({ loc: at(e.listed), severity: "error", code: e.code, message: e.message, hint: e.hint });
  let root: string;
  let top: Entry[];
  try {
    root = specsRoot(specsDir);
    top = listEntries(specsDir, root);
  } catch {
    diagnostics.push({
      loc: at(specsDir),
      severity: "error",
      code: "no-specs",
      message: `cannot read the specs directory`,
      hint: "pass --specs DIR, a folder with one sub-folder per service",
    });
    return { services, diagnostics };
  }
  const specsName = path.basename(path.resolve(specsDir));
  for (const entry of top) {
    if (opts.only && !opts.only.includes(entry.name)) continue;
    // Only folders are services: other things beside them (a README, a socket, a link to a file
    // elsewhere) are ignored, as loose files always were; a broken link may have been a service.
    if (entry.kind === "refused") {
      if (entry.code === "broken-link" || entry.code === "unreadable" || entry.toFolder) refused(entry);
      continue;
    }
    if (entry.kind !== "folder") continue;
    const folder = entry.name;
    let files: Entry[];
    try {
      files = listEntries(entry.listed, root).filter((f) => SPEC_FILE.test(f.name));
    } catch {
      diagnostics.push({ loc: at(entry.listed), severity: "error", code: "unreadable", message: `cannot list the service folder '${folder}'`, hint: "check the folder's permissions" });
      continue;
    }
    const raw: RawService = { folder, operationFiles: [] };
    for (const f of files) {
      if (f.kind === "refused") {
        refused(f);
        continue;
      }
      if (f.kind === "folder") {
        diagnostics.push({ loc: at(f.listed), severity: "error", code: "not-a-file", message: `'${f.name}' is a folder, not a spec file`, hint: "rename the folder: names ending in .yaml are spec files" });
        continue;
      }
      const read = readBounded(f.real, MAX_SPEC_BYTES);
      if (!read.ok) {
        diagnostics.push({ loc: at(f.listed), severity: "error", code: "unreadable", message: read.message, hint: read.hint });
        continue;
      }
      const display = toDisplayPath(f.listed);
      const specPath = [specsName, folder, f.name].join("/");
      const key = `${display}\u0000${specPath}`;
      let parsed = opts.cache?.get(key);
      if (parsed === undefined || parsed.text !== read.text) {
        parsed = { text: read.text, ...readYaml(display, read.text, specPath) };
        opts.cache?.set(key, parsed);
      }
      const { file, diagnostics: d } = parsed;
      for (const x of d) diagnostics.push(x);
      if (f.name === SERVICE_FILE) raw.serviceFile = file;
      else raw.operationFiles.push(file);
    }
    if (!raw.serviceFile && !files.some((f) => f.name === SERVICE_FILE)) {
      diagnostics.push({
        loc: at(path.join(entry.listed, SERVICE_FILE)),
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
  return rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel) ? abs : rel.split(path.sep).join("/");
}
