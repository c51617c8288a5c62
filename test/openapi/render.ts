/** Renders the OpenAPI documents of the real specs (formatted as `generate` writes them) into a temp folder. */
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { renderOpenApi } from "../../src/emit/openapi/emit-openapi.js";
import { compileSpecs } from "../../src/pipeline/compile-specs.js";
import { formatFile } from "../../src/pipeline/render-files.js";

export async function writeOpenApiDocs(specsDir = "specs"): Promise<{ dir: string; files: Record<string, string> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "opforge-openapi-"));
  const files: Record<string, string> = {};
  for (const service of compileSpecs(specsDir).model.services) {
    const file = path.join(dir, `${service.id}.yaml`);
    writeFileSync(file, await formatFile("openapi.yaml", renderOpenApi(service)));
    files[service.id] = file;
  }
  return { dir, files };
}
