#!/usr/bin/env node
/**
 * Runs the opforge CLI. The sources (src/) are TypeScript; this runs a
 * bundle of them (build/cli/, made with esbuild, lazily loaded chunks per
 * command), rebuilt first whenever a source file is newer than the bundle.
 * Plain JavaScript, so that start-up pays for no TypeScript loader.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT = path.join(ROOT, "build", "cli");
const ENTRY = path.join(OUT, "main.mjs");

/** The newest modification time of the TypeScript sources (ms). */
function newestSource(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (e.name.endsWith(".ts")) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

export async function buildCli() {
  const { build } = await import("esbuild");
  await build({
    entryPoints: { main: path.join(ROOT, "src", "cli", "main.ts") },
    outdir: OUT,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    sourcemap: "linked",
    logLevel: "warning",
  });
}

const stale = !existsSync(ENTRY) || statSync(ENTRY).mtimeMs < newestSource(path.join(ROOT, "src"));
if (stale) await buildCli();
if (process.argv[2] !== "--build-only") await import(pathToFileURL(ENTRY).href);
