/**
 * Writes generated files as they are produced, atomically as a whole: each
 * file is compared with what is on disk when it arrives; a changed one is
 * staged next to its target (`<name>.opforge-tmp-…`) and only `commit()`
 * renames every staged file into place and removes the files an earlier run
 * wrote that this run did not produce (the manifest records what opforge
 * owns). Until then the output folder is exactly as it was, and `abort()`
 * (or a failure before `commit`) removes what was staged. Nothing but file
 * names is held in memory, so output size does not bound a run.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { compareStrings } from "../util/sort.js";

export const MANIFEST = ".opforge-manifest.json";

export interface WritePlan {
  /** New or changed files. */
  write: string[];
  unchanged: string[];
  /** Files a previous run produced that nothing produces now. */
  remove: string[];
}

export interface SessionOptions {
  /** Only manifest entries inside the scope may be removed (a run over some services). */
  scope?: (rel: string) => boolean;
  /** Compare only (`--check`): nothing is staged or written. */
  dryRun?: boolean;
}

export class OutputSession {
  private readonly produced = new Set<string>();
  private readonly write: string[] = [];
  private readonly unchanged: string[] = [];
  private readonly staged: Array<{ tmp: string; abs: string }> = [];
  private readonly tag = `.opforge-tmp-${process.pid}-${Date.now()}`;
  private done = false;

  constructor(
    private readonly outDir: string,
    private readonly options: SessionOptions = {},
  ) {}

  /** One generated file, `rel` relative to the output folder with `/` separators; true when it differs from what is on disk. */
  put(rel: string, contents: string): boolean {
    if (this.done) throw new Error("output session already finished");
    if (this.produced.has(rel)) throw new Error(`two emitters produced ${rel}`);
    if (rel.split("/").some((s) => s === ".." || s === "" || s === ".")) throw new Error(`refusing to write outside the output folder: ${rel}`);
    this.produced.add(rel);
    const abs = path.join(this.outDir, rel);
    if (readText(abs) === contents) {
      this.unchanged.push(rel);
      return false;
    }
    this.write.push(rel);
    if (this.options.dryRun) return true;
    try {
      mkdirSync(path.dirname(abs), { recursive: true });
      const tmp = abs + this.tag;
      writeFileSync(tmp, contents);
      this.staged.push({ tmp, abs });
    } catch (e) {
      this.abort();
      throw e;
    }
    return true;
  }

  /** What committing would change (for `--check`), without changing anything. */
  plan(): WritePlan {
    const remove = this.orphans();
    return { write: [...this.write].sort(compareStrings), unchanged: [...this.unchanged].sort(compareStrings), remove };
  }

  /** Renames every staged file into place, removes orphans, writes the manifest. */
  commit(): WritePlan {
    const plan = this.plan();
    if (this.options.dryRun) return plan;
    this.done = true;
    const previous = readManifest(this.outDir);
    const scope = this.options.scope;
    const owned = new Set([...previous.filter((p) => this.produced.has(p) || (scope !== undefined && !scope(p))), ...this.produced]);
    const manifest = JSON.stringify([...owned].sort(compareStrings), null, 2) + "\n";
    const manifestPath = path.join(this.outDir, MANIFEST);
    if (readText(manifestPath) !== manifest) {
      mkdirSync(this.outDir, { recursive: true });
      writeFileSync(manifestPath + this.tag, manifest);
      this.staged.push({ tmp: manifestPath + this.tag, abs: manifestPath });
    }
    for (const s of this.staged) renameSync(s.tmp, s.abs);
    for (const rel of plan.remove) {
      rmSync(path.join(this.outDir, rel), { force: true });
      removeEmptyParents(this.outDir, path.dirname(path.join(this.outDir, rel)));
    }
    return plan;
  }

  /** Removes what was staged; the output folder stays as it was. */
  abort(): void {
    this.done = true;
    for (const s of this.staged) rmSync(s.tmp, { force: true });
    this.staged.length = 0;
  }

  private orphans(): string[] {
    const scope = this.options.scope;
    return readManifest(this.outDir)
      .filter((rel) => !this.produced.has(rel) && (!scope || scope(rel)) && existsSync(path.join(this.outDir, rel)))
      .sort(compareStrings);
  }
}

/** Writes a whole set of files at once (tests, small tools). */
export function writeOutput(outDir: string, files: ReadonlyMap<string, string>, scope?: (p: string) => boolean): WritePlan {
  const session = new OutputSession(outDir, { scope });
  for (const [rel, contents] of [...files].sort((a, b) => compareStrings(a[0], b[0]))) session.put(rel, contents);
  return session.commit();
}

/** What writing `files` would change, without writing. */
export function planOutput(outDir: string, files: ReadonlyMap<string, string>, scope?: (p: string) => boolean): WritePlan {
  const session = new OutputSession(outDir, { scope, dryRun: true });
  for (const [rel, contents] of files) session.put(rel, contents);
  return session.plan();
}

function readManifest(outDir: string): string[] {
  const text = readText(path.join(outDir, MANIFEST));
  if (!text) return [];
  try {
    const list: unknown = JSON.parse(text);
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === "string" && !x.split("/").includes("..")) : [];
  } catch {
    return [];
  }
}

function readText(abs: string): string | undefined {
  try {
    return readFileSync(abs, "utf8");
  } catch {
    return undefined;
  }
}

function removeEmptyParents(root: string, dir: string): void {
  const stop = path.resolve(root);
  let d = path.resolve(dir);
  while (d.startsWith(stop + path.sep) && readdirSync(d).length === 0) {
    rmdirSync(d);
    d = path.dirname(d);
  }
}
