/**
 * Writes drafted files without losing anyone's work: a new file is written;
 * an existing one is left alone unless `force`, and what the import would
 * change in it is printed as a unified diff. `check` writes nothing and
 * counts every file that would be created or changed, for CI.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { RenderedFile } from "./draft-file.js";
import { unifiedDiff } from "./unified-diff.js";

/** What happened to one drafted file. */
export type FileOutcome = "created" | "unchanged" | "overwritten" | "differs" | "would-create";

/** Every file's outcome, and how many differ from the draft. */
export interface WriteResult {
  outcomes: Array<{ path: string; outcome: FileOutcome }>;
  /** Files that exist and differ from the draft (not overwritten), or would be created under `check`. */
  differences: number;
}

/** Writes `files` under `outDir` as the module comment says, printing diffs through `log`. */
export function writeDrafts(
  outDir: string,
  files: readonly RenderedFile[],
  opts: { force: boolean; check: boolean },
  log: { out(line: string): void },
): WriteResult {
  const result: WriteResult = { outcomes: [], differences: 0 };
  for (const f of files) {
    const target = path.join(outDir, f.path);
    const shown = path.join(outDir, f.path);
    const before = existsSync(target) ? readFileSync(target, "utf8") : undefined;
    let outcome: FileOutcome;
    if (before === undefined) {
      outcome = opts.check ? "would-create" : "created";
      if (!opts.check) write(target, f.text);
    } else if (before === f.text) {
      outcome = "unchanged";
    } else if (opts.force && !opts.check) {
      outcome = "overwritten";
      write(target, f.text);
    } else {
      outcome = "differs";
      log.out(
        unifiedDiff(before, f.text, {
          from: `${shown} (existing)`,
          to: `${shown} (import)`,
        }).trimEnd(),
      );
    }
    if (outcome === "differs" || outcome === "would-create") result.differences++;
    result.outcomes.push({ path: shown, outcome });
  }
  return result;
}

function write(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}
