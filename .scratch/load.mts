import { loadSpecs } from "../src/load/load-specs.ts";
import { parseDocument } from "yaml";
import { readFileSync, readdirSync } from "node:fs";
for (let i = 0; i < 4; i++) { const t = performance.now(); loadSpecs("specs"); console.log("loadSpecs", (performance.now() - t).toFixed(1)); }
const files = readdirSync("specs", { recursive: true }).filter((f) => String(f).endsWith(".yaml")).map((f) => readFileSync("specs/" + f, "utf8"));
for (let i = 0; i < 3; i++) { const t = performance.now(); for (const f of files) parseDocument(f); console.log("parseDocument only", (performance.now() - t).toFixed(1)); }
console.log(files.length, files.reduce((a, f) => a + f.length, 0), "bytes");
