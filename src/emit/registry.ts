/**
 * The output targets, in the order they run. Each target lives in its own
 * folder under `src/emit/` and reads only the IR.
 */
import type { Emitter } from "./shared/emitter.js";
import { typesEmitter } from "./types/emit-types.js";
import { validatorsEmitter } from "./validators/emit-validators.js";
import { jsonSchemaEmitter } from "./json-schema/emit-json-schema.js";
import { openapiEmitter } from "./openapi/emit-openapi.js";
import { readmeEmitter } from "./readme/emit-readme.js";
import { mockEmitter } from "./mock/emit-mock.js";
import { clientEmitter } from "./client/emit-client.js";

export const EMITTERS: readonly Emitter[] = [typesEmitter, validatorsEmitter, jsonSchemaEmitter, openapiEmitter, mockEmitter, clientEmitter, readmeEmitter];
