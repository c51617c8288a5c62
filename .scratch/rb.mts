import { runtimeBuild, runtimeFilesFor } from "../src/pipeline/runtime-build.ts";
let t = performance.now();
try {
const b = await runtimeBuild(console.log);
console.log("built", b.size, (performance.now()-t).toFixed(0), "ms");
t = performance.now();
const b2 = await runtimeBuild(console.log);
console.log("memo", (performance.now()-t).toFixed(1), "ms");
const r = runtimeFilesFor(b, ["client/core", "client/sigv4"]);
console.log(r.files.map(f=>f.path), r.packages);
console.log(b.get("client/retry")!.js.slice(0,600));
} catch (e) { console.log("ERR", (e as Error).message); }
