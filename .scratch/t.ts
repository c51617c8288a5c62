import { compileSpecs } from "../src/pipeline/compile-specs.ts";
import { serviceTable } from "../src/emit/service/table-data.ts";
import { mockTable } from "../src/emit/mock/mock-data.ts";
const { model } = compileSpecs("specs");
for (const s of model.services) { console.log(JSON.stringify(serviceTable(s)).length); }
console.log(JSON.stringify(serviceTable(model.services[1]), null, 1).slice(0, 1500));
console.log(JSON.stringify(mockTable(model.services[2])).slice(0, 1500));
