import { compileSpecs } from "../src/pipeline/compile-specs.ts";
import { emitPackage } from "../src/emit/package/emit-package.ts";
import { runtimeBuild } from "../src/pipeline/runtime-build.ts";
import { loadTemplates } from "../src/templates/templates.ts";
import { typesEmitter } from "../src/emit/types/emit-types.ts";
import { serviceEmitter } from "../src/emit/service/emit-service.ts";
import { jsonSchemaEmitter } from "../src/emit/json-schema/emit-json-schema.ts";
import { openapiEmitter } from "../src/emit/openapi/emit-openapi.ts";
import { clientEmitter } from "../src/emit/client/emit-client.ts";
import { mockEmitter } from "../src/emit/mock/emit-mock.ts";
import { readmeEmitter } from "../src/emit/readme/emit-readme.ts";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
const t0 = performance.now();
const { model } = compileSpecs("specs");
const runtime = await runtimeBuild(console.log);
const templates = loadTemplates();
const t1 = performance.now();
let n = 0;
const put = (p: string, c: string) => { const f = path.join("/tmp/gen-out", p); mkdirSync(path.dirname(f), { recursive: true }); writeFileSync(f, c); n++; };
for (const s of model.services) {
  const emitted: any[] = [];
  for (const e of [typesEmitter, serviceEmitter, jsonSchemaEmitter, openapiEmitter, clientEmitter, mockEmitter, readmeEmitter]) for (const f of e.emit(s, { runtime, templates })) { put(s.id + "/" + f.path, f.contents); emitted.push({ path: f.path, runtimeImports: [...f.contents.matchAll(/from "\.\/runtime\/([^"]+)\.js"/g)].map((m) => m[1]) }); }
  try { for (const f of emitPackage(s, emitted, { runtime, templates })) put(s.id + "/" + f.path, f.contents); } catch (e) { console.log(String(e)); }
}
console.log(n, "files", (t1 - t0).toFixed(0), "ms compile", (performance.now() - t1).toFixed(0), "ms render");
