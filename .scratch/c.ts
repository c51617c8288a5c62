import { compileSpecs } from "../src/pipeline/compile-specs.ts";
try {
const t=performance.now();
const { model } = compileSpecs(process.argv[2] ?? "specs");
console.log((performance.now()-t).toFixed(0),"ms");
for (const s of model.services) console.log(s.id, s.operations.map(o=>o.name+":"+o.resource?.action+"/"+o.resource?.notFoundError+"/"+o.resource?.conflictError), s.shapes.length, s.resources.map(r=>r.name));
} catch(e) { console.log(String(e.message)); }
