/**
 * Every file the emitters print for a spec folder, in memory, keyed by the
 * path the writer would get (`<service>/<file>`): for tests that compare
 * two ways of printing the same specs.
 */
import { compileSpecs } from "../../src/pipeline/compile-specs.js";
import { renderService } from "../../src/pipeline/render-service.js";
import { runtimeBuild } from "../../src/pipeline/runtime-build.js";
import { loadTemplates } from "../../src/templates/templates.js";

export async function renderSpecs(specsDir: string): Promise<Map<string, string>> {
  const { model } = compileSpecs(specsDir);
  const runtime = await runtimeBuild();
  const templates = loadTemplates();
  const out = new Map<string, string>();
  for (const service of model.services) renderService(service, { runtime, templates }, (file, contents) => out.set(file, contents));
  return out;
}
