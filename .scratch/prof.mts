import { compileSpecs } from "../src/pipeline/compile-specs.ts";
import { runtimeBuild } from "../src/pipeline/runtime-build.ts";
import { loadTemplates } from "../src/templates/templates.ts";
import { typesEmitter } from "../src/emit/types/emit-types.ts";
import { serviceEmitter } from "../src/emit/service/emit-service.ts";
import { jsonSchemaEmitter } from "../src/emit/json-schema/emit-json-schema.ts";
import { openapiEmitter } from "../src/emit/openapi/emit-openapi.ts";
import { clientEmitter } from "../src/emit/client/emit-client.ts";
import { mockEmitter } from "../src/emit/mock/emit-mock.ts";
import { readmeEmitter } from "../src/emit/readme/emit-readme.ts";
let t = performance.now();
const lap = (l: string) => { const n = performance.now(); console.log(l.padEnd(12), (n - t).toFixed(1)); t = n; };
const { model } = compileSpecs("specs"); lap("compile");
const runtime = await runtimeBuild(); lap("runtime");
const templates = loadTemplates(); lap("templates");
for (let round = 0; round < 30; round++) {
  for (const e of [typesEmitter, serviceEmitter, jsonSchemaEmitter, openapiEmitter, clientEmitter, mockEmitter, readmeEmitter]) {
    for (const s of model.services) e.emit(s, { runtime, templates });
    if (round > 27) lap(e.name);
  }
}
