/**
 * What a service folder already declares, so that an import into it adds to
 * the specs instead of colliding with them: shapes declared by files the
 * import does not rewrite are referred to, not declared again; service.yaml's
 * errors, shared members and resources are used as they are.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import type { RawOperationFile, RawServiceFile, RawTypeDef } from "../../spec/raw.js";
import { compareStrings } from "../../util/sort.js";

/** The files of a service folder before the import, as parsed YAML. */
export interface BaseFolder {
  /** The folder, `<out>/<service>`. */
  dir: string;
  /** service.yaml as written (data and text), when it exists. */
  service?: { data: RawServiceFile; text: string };
  /** Operation files by file name. */
  operations: Map<string, RawOperationFile>;
  /** Files that could not be read as YAML mappings (reported, otherwise ignored). */
  unreadable: string[];
}

/** Reads `<outDir>/<service>/`; an absent folder is an empty base. */
export function readBaseFolder(outDir: string, service: string): BaseFolder {
  const dir = path.join(outDir, service);
  const base: BaseFolder = { dir, operations: new Map(), unreadable: [] };
  if (!existsSync(dir)) return base;
  const names = readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort(compareStrings);
  for (const name of names) {
    const text = readFileSync(path.join(dir, name), "utf8");
    let data: unknown;
    try {
      data = parse(text);
    } catch {
      base.unreadable.push(name);
      continue;
    }
    if (!data || typeof data !== "object" || Array.isArray(data)) {
      base.unreadable.push(name);
    } else if (name === "service.yaml") {
      base.service = { data: data as RawServiceFile, text };
    } else if (typeof (data as RawOperationFile).operation === "string") {
      base.operations.set(name, data as RawOperationFile);
    }
  }
  return base;
}

/** The view of a base folder an import plans against: everything but the files it rewrites. */
export interface BaseView {
  service?: RawServiceFile;
  /** Shapes declared by kept files (service.yaml included), by name, with the declaring file. */
  shapes: Map<string, { file: string; def: RawTypeDef }>;
  /** Operation name -> file name, for every operation file (kept or rewritten). */
  operationFiles: Map<string, string>;
  /** Routes (`METHOD /path/{}`) of kept operation files -> operation name. */
  routes: Map<string, string>;
}

/** The base without the operation files named in `rewritten` (file names). */
export function baseView(base: BaseFolder, rewritten: ReadonlySet<string>): BaseView {
  const view: BaseView = {
    service: base.service?.data,
    shapes: new Map(),
    operationFiles: new Map(),
    routes: new Map(),
  };
  const addShapes = (file: string, shapes: Record<string, RawTypeDef> | undefined) => {
    for (const [name, def] of Object.entries(shapes ?? {}))
      if (!view.shapes.has(name)) view.shapes.set(name, { file, def });
  };
  if (base.service) addShapes("service.yaml", base.service.data.shapes);
  for (const [file, op] of base.operations) {
    view.operationFiles.set(op.operation, file);
    if (rewritten.has(file)) continue;
    addShapes(file, op.shapes);
    if (op.http?.method && op.http.path)
      view.routes.set(routeKey(op.http.method, op.http.path), op.operation);
  }
  return view;
}

/** A route as the checker compares them: method plus path with placeholders by position. */
export function routeKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path.split("?")[0]!.replace(/\{[^}]*\}/g, "{}")}`;
}
