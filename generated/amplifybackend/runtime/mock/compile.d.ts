// Copied by opforge from src/runtime/mock/compile.ts. DO NOT EDIT.
import type { CompiledOperation, CompiledService } from "./compiled.js";
import { Router } from "./router.js";
import type { MockDefinition } from "./types.js";
/** The compiled services of one handler, and the routes to their operations. */
export interface Compiled {
  router: Router<CompiledOperation>;
  services: CompiledService[];
}
/** Compiles definitions; throws for definitions the mock cannot serve. */
export declare function compileDefinitions(definitions: readonly MockDefinition[]): Compiled;
