/** The huawei import as the command runs it: read the page and the folder, draft. */
import { readBaseFolder } from "../common/base-folder.js";
import type { ImportDraft } from "../common/draft-file.js";
import { draftHuawei } from "./draft-huawei.js";
import { readPage } from "./read-page.js";

/** The huawei import's command-line inputs. */
export interface HuaweiRun {
  page: string;
  service: string;
  operation?: string;
  format?: string;
  url?: string;
  outDir: string;
  command: string;
}

/** Reads the page and the output folder, and drafts. */
export function runHuaweiImport(
  run: HuaweiRun,
  note: (line: string) => void,
): { draft: ImportDraft; service: string } {
  const { page, format } = readPage(run.page, run.format);
  note(
    `reading ${run.page} (${format}): '${page.title ?? "untitled"}', ${page.blocks.filter((b) => b.kind === "table").length} table(s)`,
  );
  const base = readBaseFolder(run.outDir, run.service);
  if (base.service || base.operations.size)
    note(
      `planning against ${base.dir}: service.yaml ${base.service ? "kept (additions only)" : "absent"}, ${base.operations.size} operation file(s)`,
    );
  const draft = draftHuawei({
    page,
    pageFile: run.page,
    service: run.service,
    operation: run.operation,
    url: run.url,
    base,
    command: run.command,
  });
  return { draft, service: run.service };
}
