/** The aws import as the command runs it: load the model, read the folder, draft. */
import type { ImportDraft } from "../common/draft-file.js";
import { readBaseFolder } from "../common/base-folder.js";
import { UsageError } from "../common/usage-error.js";
import { loadBotoModel, ModelNotFound } from "./botocore-model.js";
import { draftAws } from "./draft-aws.js";

/** The aws import's command-line inputs. */
export interface AwsRun {
  /** botocore's folder name of the service, also the spec service id. */
  service: string;
  operations?: string[];
  modelsDir: string;
  apiVersion?: string;
  outDir: string;
  command: string;
}

/** Loads the model (a missing one is a usage error), reads the output folder, and drafts. */
export function runAwsImport(
  run: AwsRun,
  note: (line: string) => void,
): { draft: ImportDraft; service: string } {
  let loaded;
  try {
    loaded = loadBotoModel(run.modelsDir, run.service, run.apiVersion);
  } catch (e) {
    if (e instanceof ModelNotFound) throw new UsageError(e.message);
    throw e;
  }
  note(`reading ${loaded.file} (${Object.keys(loaded.model.operations).length} operations)`);
  const base = readBaseFolder(run.outDir, run.service);
  if (base.service || base.operations.size)
    note(
      `planning against ${base.dir}: service.yaml ${base.service ? "kept (additions only)" : "absent"}, ${base.operations.size} operation file(s)`,
    );
  for (const f of base.unreadable) note(`warning: ${base.dir}/${f} is not a YAML mapping; ignored`);
  const draft = draftAws({
    loaded,
    service: run.service,
    operations: run.operations,
    base,
    command: run.command,
  });
  return { draft, service: run.service };
}
