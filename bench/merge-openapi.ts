/**
 * Merges the per-service OpenAPI documents of a generated output folder into
 * one document, so that peer generators run once on a whole spec set (as a
 * team with one large API would run them), not once per service.
 *
 * Paths are unique across services (synthetic sets prefix them per copy);
 * a component whose name another service already uses with different
 * contents is renamed `<ServiceName>_<name>` and the service's `$ref`s follow.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { compareStrings } from "../src/util/sort.js";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

/** The merged document of every `<outDir>/<service>/openapi.yaml`, or undefined when there is none. */
export function mergeOpenApi(outDir: string): { doc: Obj; services: number; operations: number } | undefined {
  const files = readdirSync(outDir)
    .sort(compareStrings)
    .map((svc) => path.join(outDir, svc, "openapi.yaml"))
    .filter((f) => existsSync(f));
  if (files.length === 0) return undefined;
  const merged: Obj = { openapi: "3.1.0", info: { title: "merged", version: "1.0.0" }, paths: {}, components: {} };
  const paths = merged.paths as Obj;
  const components = merged.components as Obj;
  let operations = 0;
  for (const file of files) {
    let doc = parse(readFileSync(file, "utf8")) as Obj;
    const prefix = path.basename(path.dirname(file)).replace(/[^A-Za-z0-9]/g, "_");
    const renames = new Map<string, string>();
    for (const [section, entries] of Object.entries((doc.components ?? {}) as Obj)) {
      const target = (components[section] ??= {}) as Obj;
      for (const [name, value] of Object.entries(entries as Obj)) {
        if (Object.hasOwn(target, name) && JSON.stringify(target[name]) !== JSON.stringify(value)) {
          renames.set(`#/components/${section}/${name}`, `#/components/${section}/${prefix}_${name}`);
        }
      }
    }
    if (renames.size) doc = rewriteRefs(doc, renames) as Obj;
    for (const [section, entries] of Object.entries((doc.components ?? {}) as Obj)) {
      const target = components[section] as Obj;
      for (const [name, value] of Object.entries(entries as Obj)) {
        const renamed = renames.get(`#/components/${section}/${name}`);
        target[renamed ? renamed.slice(renamed.lastIndexOf("/") + 1) : name] = value;
      }
    }
    for (const [p, item] of Object.entries((doc.paths ?? {}) as Obj)) {
      // One path may carry methods from two services (GET and PATCH /account split over two synthetic services).
      const existing = Object.hasOwn(paths, p) ? (paths[p] as Obj) : undefined;
      if (existing) {
        for (const [k, v] of Object.entries(item as Obj)) {
          if (Object.hasOwn(existing, k) && JSON.stringify(existing[k]) !== JSON.stringify(v)) throw new Error(`${k} ${p} appears in two services (${file})`);
          existing[k] = v;
        }
      } else paths[p] = item;
      operations += Object.keys(item as Obj).filter((k) => ["get", "put", "post", "patch", "delete", "head"].includes(k)).length;
    }
    // Security requirements are per operation in our documents; keep the first top-level one.
    if (doc.security && !merged.security) merged.security = doc.security;
    // openapi-typescript's lint refuses a document without servers: keep the first service's.
    if (doc.servers && !merged.servers) merged.servers = doc.servers;
  }
  return { doc: merged, services: files.length, operations };
}

function rewriteRefs(v: Json, renames: ReadonlyMap<string, string>): Json {
  if (Array.isArray(v)) return v.map((x) => rewriteRefs(x, renames));
  if (v && typeof v === "object") {
    const out: Obj = {};
    for (const [k, x] of Object.entries(v)) out[k] = k === "$ref" && typeof x === "string" ? (renames.get(x) ?? x) : rewriteRefs(x, renames);
    return out;
  }
  return v;
}
