/**
 * Writes generated files atomically: everything is staged next to its target
 * first, and only when every file is staged are they renamed into place, so a
 * failed run leaves the output as it was. Unchanged files are not touched;
 * files that an earlier run wrote and this run does not produce are removed
 * (the manifest records what opforge owns).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, readdirSync, rmdirSync } from "node:fs";
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

/** What writing `files` into `outDir` would change. */
export function planOutput(outDir: string, files: ReadonlyMap<string, string>, scope?: (p: string) => boolean): WritePlan {
  const plan: WritePlan = { write: [], unchanged: [], remove: [] };
  for (const [rel, contents] of [...files].sort((a, b) => compareStrings(a[0], b[0]))) {
    const abs = path.join(outDir, rel);
    let current: string | undefined;
    try {
      current = readFileSync(abs, "utf8");
    } catch {
      current = undefined;
    }
    (current === contents ? plan.unchanged : plan.write).push(rel);
  }
  for (const rel of readManifest(outDir)) {
    if (!files.has(rel) && (!scope || scope(rel)) && existsSync(path.join(outDir, rel))) plan.remove.push(rel);
  }
  return plan;
}

/** Applies `files` to `outDir`. With `scope`, only manifest entries inside the scope may be removed (partial runs). */
export function writeOutput(outDir: string, files: ReadonlyMap<string, string>, scope?: (p: string) => boolean): WritePlan {
  const plan = planOutput(outDir, files, scope);
  const previous = readManifest(outDir);
  const owned = new Set([...previous.filter((p) => files.has(p) || (scope && !scope(p))), ...files.keys()]);
  const manifest = JSON.stringify([...owned].sort(compareStrings), null, 2) + "\n";
  const manifestChanged = readText(path.join(outDir, MANIFEST)) !== manifest;
  if (plan.write.length === 0 && plan.remove.length === 0 && !manifestChanged) return plan;

  const staged: Array<{ tmp: string; abs: string }> = [];
  const tag = `.opforge-tmp-${process.pid}-${Date.now()}`;
  try {
    const stage = (abs: string, contents: string) => {
      mkdirSync(path.dirname(abs), { recursive: true });
      const tmp = abs + tag;
      writeFileSync(tmp, contents);
      staged.push({ tmp, abs });
    };
    for (const rel of plan.write) stage(path.join(outDir, rel), files.get(rel)!);
    // The manifest is output too: unchanged, it is not rewritten either.
    if (manifestChanged) stage(path.join(outDir, MANIFEST), manifest);
  } catch (e) {
    for (const s of staged) rmSync(s.tmp, { force: true });
    throw e;
  }
  for (const s of staged) renameSync(s.tmp, s.abs);
  for (const rel of plan.remove) {
    rmSync(path.join(outDir, rel), { force: true });
    removeEmptyParents(outDir, path.dirname(path.join(outDir, rel)));
  }
  return plan;
}

function readManifest(outDir: string): string[] {
  const text = readText(path.join(outDir, MANIFEST));
  if (!text) return [];
  try {
    const list = JSON.parse(text);
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === "string" && !x.includes("..")) : [];
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

function removeEmptyParents(root: string, dir: string) {
  const stop = path.resolve(root);
  let d = path.resolve(dir);
  while (d.startsWith(stop + path.sep) && readdirSync(d).length === 0) {
    rmdirSync(d);
    d = path.dirname(d);
  }
}
