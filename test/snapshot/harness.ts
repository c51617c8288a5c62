/**
 * Snapshot harness for emitters: runs emitters on the fixture services
 * (test/fixtures/specs/, compiled once per test file) with the pipeline's own
 * context (runtime build, built-in templates), and compares each file, as
 * the emitter printed it, with a committed snapshot under
 * test/snapshot/__snapshots__/<emitter>/<service>/<path>.
 *
 * See test/snapshot/README.md.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { emitPackage } from "../../src/emit/package/emit-package.js";
import type { EmitContext, Emitter, GeneratedFile } from "../../src/emit/shared/emitter.js";
import type { IrService } from "../../src/ir/types.js";
import { runtimeBuild } from "../../src/pipeline/runtime-build.js";
import { loadTemplates } from "../../src/templates/templates.js";
import { compareStrings } from "../../src/util/sort.js";
import { fixturesEnv } from "../support/env.js";

export const REPO = path.resolve(import.meta.dirname, "../..");
export const FIXTURE_SPECS = path.join(REPO, "test/fixtures/specs");
export const SNAPSHOTS = path.join(import.meta.dirname, "__snapshots__");

/** The fixture service ids, sorted (from the fixture specs, not a list here). */
export function fixtureServiceIds(): string[] {
  return fixturesEnv().model.services.map((s) => s.id);
}

export function fixtureService(id: string): IrService {
  const svc = fixturesEnv().model.services.find((s) => s.id === id);
  if (!svc) throw new Error(`no fixture service '${id}' under ${FIXTURE_SPECS}`);
  return svc;
}

async function context(): Promise<EmitContext> {
  return { runtime: await runtimeBuild(), templates: loadTemplates() };
}

function sorted(files: readonly GeneratedFile[]): Map<string, string> {
  return new Map(files.map((f) => [f.path, f.contents] as const).sort((a, b) => compareStrings(a[0], b[0])));
}

/** The files `emitters` print for fixture service `id` (path inside the package -> contents), sorted by path. */
export async function renderFixture(id: string, emitters: readonly Emitter[]): Promise<Map<string, string>> {
  const ctx = await context();
  return sorted(emitters.flatMap((e) => e.emit(fixtureService(id), ctx)));
}

/**
 * The package files of fixture service `id` that the package emitter writes
 * itself (entry point, package.json), given every registered emitter's
 * files; the runtime copies it adds are src/runtime/'s own text, tested
 * under test/runtime/, and left out.
 */
export async function renderPackageFiles(id: string, emitters: readonly Emitter[]): Promise<Map<string, string>> {
  const ctx = await context();
  const service = fixtureService(id);
  const emitted = emitters.flatMap((e) => e.emit(service, ctx)).map((f) => ({ path: f.path, runtimeImports: [...f.contents.matchAll(/from "\.\/runtime\/([^"]+)\.js"/g)].map((m) => m[1]!) }));
  return sorted(emitPackage(service, emitted, ctx).filter((f) => !f.path.startsWith("runtime/")));
}

/** `test/snapshot/__snapshots__/<emitter>/<service>`. */
export function snapshotDir(emitter: string, service: string): string {
  return path.join(SNAPSHOTS, emitter, service);
}

/**
 * Compares every file with `<dir>/<path>` (vitest `toMatchFileSnapshot`;
 * `vitest -u` writes them), and fails when `dir` holds a snapshot that no
 * file produces anymore, so obsolete snapshots do not linger.
 */
export async function expectFilesToMatchSnapshots(files: ReadonlyMap<string, string>, dir: string): Promise<void> {
  expect(files.size, "the emitter produced no files").toBeGreaterThan(0);
  for (const [p, contents] of files) {
    await expect(contents, `snapshot ${path.relative(REPO, path.join(dir, p))}`).toMatchFileSnapshot(path.join(dir, p));
  }
  const stale = listFiles(dir).filter((p) => !files.has(p));
  expect(stale, `obsolete snapshots in ${path.relative(REPO, dir)}: delete them`).toEqual([]);
}

/** Every file under `dir`, relative, `/`-separated. */
export function listFiles(dir: string, prefix = ""): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const abs = path.join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(abs).isDirectory() ? listFiles(abs, rel) : [rel];
  });
}
