import { compileSpecs } from "../src/pipeline/compile-specs.ts";
import { serviceEmitter } from "../src/emit/service/emit-service.ts";
const { model } = compileSpecs("specs");
const files = serviceEmitter.emit(model.services[1]!, {} as never);
console.log(files[0]!.contents.slice(0, 3000)); console.log(files[1]!.contents);
