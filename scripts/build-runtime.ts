/**
 * `npm ci` / `npm install` run this (`prepare`): compiles the hand-written
 * runtime once (see src/pipeline/runtime-build.ts), so that the first
 * `npm run generate` does not pay for it.
 */
import { runtimeBuild } from "../src/pipeline/runtime-build.js";

const started = performance.now();
const build = await runtimeBuild((line) => console.log(line));
console.log(`opforge: runtime ready (${build.size} modules, ${Math.round(performance.now() - started)} ms).`);
