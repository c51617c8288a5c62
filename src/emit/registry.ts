/**
 * The output targets, in the order they run. Each target lives in its own
 * folder under `src/emit/` and reads only the IR; the package files
 * (runtime copies, entry point, package.json) follow in `emit/package/`.
 */
import { clientEmitter } from "./client/emit-client.js";
import { jsonSchemaEmitter } from "./json-schema/emit-json-schema.js";
import { mockEmitter } from "./mock/emit-mock.js";
import { openapiEmitter } from "./openapi/emit-openapi.js";
import { readmeEmitter } from "./readme/emit-readme.js";
import { serviceEmitter } from "./service/emit-service.js";
import type { Emitter } from "./shared/emitter.js";
import { typesEmitter } from "./types/emit-types.js";
import { validatorsEmitter } from "./validators/emit-validators.js";

export const EMITTERS: readonly Emitter[] = [
  typesEmitter,
  serviceEmitter,
  validatorsEmitter,
  jsonSchemaEmitter,
  openapiEmitter,
  clientEmitter,
  mockEmitter,
  readmeEmitter,
];
