/**
 * Cache keys for the pipeline's memoized steps (see memo-cache.ts): each
 * key hashes every input the step's output depends on.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { ts } from "../emit/shared/print-ts.js";
import { compareStrings } from "../util/sort.js";
import { sha256 } from "./memo-cache.js";

/** Key of `prettier.format(contents, options)`. */
export function formatKey(options: object, contents: string): string {
  return sha256("prettier", prettierVersion(), JSON.stringify(options), contents);
}

let prettierVersionCache: string | undefined;

/** Prettier's version, read from its package.json so that a cached run need not load prettier. */
function prettierVersion(): string {
  if (prettierVersionCache === undefined) {
    let pkg = "";
    try {
      pkg = readFileSync(createRequire(import.meta.url).resolve("prettier/package.json"), "utf8");
    } catch {
      // handled below
    }
    const version = pkg ? (JSON.parse(pkg) as { version?: unknown }).version : undefined;
    // Without a version the key cannot follow prettier upgrades: never reuse.
    prettierVersionCache = typeof version === "string" ? version : `unknown-${process.pid}-${Date.now()}`;
  }
  return prettierVersionCache;
}

let buildInputs: string | undefined;

/**
 * Key of the package build of `files` (paths relative to the package): the
 * files, the build stage's own source (its compiler options live there),
 * TypeScript's version, and the lockfile (declarations can depend on the
 * installed packages' types).
 */
export function buildKey(files: ReadonlyArray<readonly [string, string]>, packageId: string): string {
  buildInputs ??= sha256(ts.version, readSibling("build-js"), readText(new URL("../../package-lock.json", import.meta.url)));
  const parts = [...files].sort((a, b) => compareStrings(a[0], b[0])).flatMap(([p, c]) => [p, c]);
  return sha256("build", buildInputs, packageId, ...parts);
}

function readSibling(name: string): string {
  for (const ext of [".ts", ".js"]) {
    const text = readText(new URL(`./${name}${ext}`, import.meta.url));
    if (text !== "") return text;
  }
  // Without its source the key cannot follow changes to the stage: never reuse.
  return `unknown-${process.pid}-${Date.now()}`;
}

function readText(url: URL): string {
  try {
    return readFileSync(url, "utf8");
  } catch {
    return "";
  }
}
