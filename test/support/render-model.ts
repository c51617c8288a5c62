/**
 * Renders a model's packages in memory, exactly as `generate` writes them
 * (same emitters, runtime build and templates), for tests that compare
 * outputs without touching the disk.
 */
import type { Emitter } from "../../src/emit/shared/emitter.js";
import type { IrModel } from "../../src/ir/types.js";
import { renderService } from "../../src/pipeline/render-service.js";
import { runtimeBuild } from "../../src/pipeline/runtime-build.js";
import { loadTemplates } from "../../src/templates/templates.js";

/** `<service>/<path>` -> contents, for every service of `model`. */
export async function renderModel(model: IrModel, emitters?: readonly Emitter[]): Promise<Map<string, string>> {
  const ctx = { runtime: await runtimeBuild(), templates: loadTemplates() };
  const files = new Map<string, string>();
  for (const service of model.services) {
    renderService(service, ctx, (p, contents) => {
      if (files.has(p)) throw new Error(`${p} rendered twice`);
      files.set(p, contents);
    }, emitters);
  }
  return files;
}
