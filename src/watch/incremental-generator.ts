/**
 * Regenerates single services on demand, for watch mode. Keeps the last good
 * IR of every service so that a change to one service re-reads, re-checks and
 * re-renders that service only (each service is rendered on its own).
 * A service whose specs have errors keeps its last good output: the writer is
 * scoped to the services that compiled.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { SpecError, type Diagnostic } from "../check/diagnostics.js";
import type { IrService } from "../ir/types.js";
import { loadSpecs, type ParseCache } from "../load/load-specs.js";
import { compileLoaded } from "../pipeline/compile-specs.js";
import { renderService } from "../pipeline/render-service.js";
import { runtimeBuild } from "../pipeline/runtime-build.js";
import { loadTemplates, type TemplateSet } from "../templates/templates.js";
import { compareStrings } from "../util/sort.js";
import { OutputSession } from "../write/output-session.js";

export interface RunOutcome {
  /** Service folders this run looked at, sorted. */
  services: string[];
  /** Folders whose specs have errors (their output was left as it was). */
  failed: string[];
  /** Folders that no longer exist (their output was removed). */
  removedServices: string[];
  /** Output paths (relative to the output folder) written / removed. */
  written: string[];
  removed: string[];
  unchanged: number;
  /** Errors and warnings of the services looked at. */
  diagnostics: Diagnostic[];
  ms: number;
}

export class IncrementalGenerator {
  /** Last good IR per service folder. */
  private readonly good = new Map<string, IrService>();
  /** Parsed spec files: an edit re-parses the files it changed, not its whole service. */
  private readonly parsed: ParseCache = new Map();

  constructor(
    readonly specsDir: string,
    readonly outDir: string,
    /** Restrict to these service folders (`--service`). */
    readonly only?: readonly string[],
    /** A folder of templates overriding the built-in ones (`--templates`), re-read on every run. */
    readonly templatesDir?: string,
  ) {}

  /** Every service folder that exists under the specs folder now, sorted. */
  listFolders(): string[] {
    let names: string[];
    try {
      names = readdirSync(this.specsDir);
    } catch {
      return [];
    }
    return names
      .filter((n) => !n.startsWith(".") && this.included(n) && isDirectory(path.join(this.specsDir, n)))
      .sort(compareStrings);
  }

  /** Regenerates every service (the first run). */
  async all(): Promise<RunOutcome> {
    const folders = new Set([...this.listFolders(), ...this.good.keys()]);
    return this.update(folders, true);
  }

  /**
   * Regenerates the given service folders. Folders that are gone have their
   * output removed; folders with spec errors keep theirs. With `removeOrphans`,
   * output of services that no longer exist is removed too (first run).
   */
  async update(folders: Iterable<string>, removeOrphans = false): Promise<RunOutcome> {
    const started = performance.now();
    const requested = [...new Set(folders)].filter((f) => this.included(f)).sort(compareStrings);
    const present = requested.filter((f) => isDirectory(path.join(this.specsDir, f)));
    // Gone: a folder that built before, or whose output is still there (it
    // may never have built in this process, e.g. broken since the start).
    const gone = requested.filter((f) => !present.includes(f) && (this.good.has(f) || existsSync(path.join(this.outDir, f))));

    const diagnostics: Diagnostic[] = [];
    const failed: string[] = [];
    const rebuilt: IrService[] = [];
    const loaded = loadSpecs(this.specsDir, { only: present, cache: this.parsed });
    for (const raw of loaded.services) {
      const own = loaded.diagnostics.filter((d) => belongsTo(d, raw.folder, this.specsDir));
      try {
        const { model, warnings } = compileLoaded([raw], own);
        diagnostics.push(...warnings);
        rebuilt.push(...model.services);
      } catch (e) {
        if (!(e instanceof SpecError)) throw e;
        diagnostics.push(...e.diagnostics);
        failed.push(raw.folder);
      }
    }
    // Problems the loader could not pin on one folder (e.g. an unreadable specs folder).
    diagnostics.push(...loaded.diagnostics.filter((d) => !present.some((f) => belongsTo(d, f, this.specsDir))));

    for (const svc of rebuilt) this.good.set(svc.id, svc);
    for (const f of gone) this.good.delete(f);

    // The writer may only touch services rebuilt or gone in this run, except
    // on the first run, where anything not produced by a good service goes.
    const touched = [...rebuilt.map((s) => s.id), ...gone];
    const inScope = removeOrphans
      ? (p: string) => !failed.some((f) => p.startsWith(`${f}/`)) && !(this.only && !this.only.some((s) => p.startsWith(`${s}/`)))
      : (p: string) => touched.some((s) => p.startsWith(`${s}/`));
    const session = new OutputSession(this.outDir, { scope: inScope });
    try {
      const ctx = { runtime: await runtimeBuild(), templates: this.templates() };
      // Each changed service is rendered alone; unchanged files are compared, not rewritten.
      for (const svc of rebuilt) renderService(svc, ctx, (p, c) => session.put(p, c));
    } catch (e) {
      session.abort();
      throw e;
    }
    const plan = session.commit();
    return {
      services: [...new Set([...present, ...gone])].sort(compareStrings),
      failed,
      removedServices: gone,
      written: plan.write,
      removed: plan.remove,
      unchanged: plan.unchanged.length,
      diagnostics,
      ms: performance.now() - started,
    };
  }

  private templates(): TemplateSet {
    return loadTemplates(this.templatesDir);
  }

  private included(folder: string): boolean {
    return !this.only || this.only.includes(folder);
  }
}

function isDirectory(p: string): boolean {
  try {
    return existsSync(p) && statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Whether a loader diagnostic is about a file in `folder`. */
function belongsTo(d: Diagnostic, folder: string, specsDir: string): boolean {
  const abs = path.resolve(d.loc.file);
  return abs.startsWith(path.join(path.resolve(specsDir), folder) + path.sep);
}
