/**
 * Snapshot harness for emitters: compiles the fixture specs in
 * test/fixtures/specs/ in memory, runs the chosen emitters on every fixture
 * service, formats their files exactly as the pipeline does, and compares
 * each file with a committed snapshot under
 * test/snapshot/__snapshots__/<emitter>/<service>/<path>.
 *
 * See test/snapshot/README.md for how an emitter adds its snapshot test.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, readdirSync, statSync, symlinkSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import type { Emitter } from "../../src/emit/shared/emitter.js";
import type { IrModel, IrService } from "../../src/ir/types.js";
import { compileSpecs } from "../../src/pipeline/compile-specs.js";
import { formatFile } from "../../src/pipeline/render-files.js";
import { compareStrings } from "../../src/util/sort.js";

export const REPO = path.resolve(import.meta.dirname, "../..");
export const FIXTURE_SPECS = path.join(REPO, "test/fixtures/specs");
export const SNAPSHOTS = path.join(import.meta.dirname, "__snapshots__");

/** The fixture service ids, sorted: petstore (AWS), gadgets (Huawei), hostile (hostile text). */
export const FIXTURE_SERVICES = ["gadgets", "hostile", "petstore"] as const;
export type FixtureService = (typeof FIXTURE_SERVICES)[number];

let model: IrModel | undefined;

/** The IR of all fixture services, compiled once per test file. Throws SpecError if a fixture is broken. */
export function fixtureModel(): IrModel {
  model ??= compileSpecs(FIXTURE_SPECS).model;
  return model;
}

export function fixtureService(id: FixtureService): IrService {
  const svc = fixtureModel().services.find((s) => s.id === id);
  if (!svc) throw new Error(`no fixture service '${id}' under ${FIXTURE_SPECS}`);
  return svc;
}

/**
 * The files `emitters` produce for fixture service `id` (path inside the
 * package -> contents), prettier-formatted with the pipeline's own
 * `formatFile`, sorted by path. Package files (package.json, index.ts) and
 * the JavaScript build belong to the pipeline, not to an emitter, and are
 * not included. `include` narrows the set (e.g. to skip runtime files an
 * emitter copies verbatim from src/runtime/, which have their own tests).
 */
export async function renderFixture(
  id: FixtureService,
  emitters: readonly Emitter[],
  include: (filePath: string) => boolean = () => true,
): Promise<Map<string, string>> {
  const m = fixtureModel();
  const service = fixtureService(id);
  const emitted = emitters.flatMap((e) => e.emit(service, { model: m })).filter((f) => include(f.path));
  const formatted = await Promise.all(emitted.map(async (f) => [f.path, await formatFile(f.path, f.contents)] as const));
  return new Map([...formatted].sort((a, b) => compareStrings(a[0], b[0])));
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

function listFiles(dir: string, prefix = ""): string[] {
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

/** Runs tsc on `dir` with generated/tsconfig.json copied next to it (strict, noUncheckedIndexedAccess). */
export function tsc(dir: string): { status: number | null; output: string } {
  copyFileSync(path.join(REPO, "generated/tsconfig.json"), path.join(dir, "tsconfig.json"));
  try {
    symlinkSync(path.join(REPO, "node_modules"), path.join(dir, "node_modules"), "dir");
  } catch {
    // already linked
  }
  const r = spawnSync(process.execPath, [path.join(REPO, "node_modules/typescript/bin/tsc"), "--noEmit", "-p", path.join(dir, "tsconfig.json")], { encoding: "utf8", timeout: 120_000 });
  return { status: r.status, output: r.stdout + r.stderr };
}
