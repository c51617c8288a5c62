import { compileSpecs } from "../src/pipeline/compile-specs.ts";
import { typesEmitter } from "../src/emit/types/emit-types.ts";
const { model } = compileSpecs("specs");
const files = typesEmitter.emit(model.services[1]!, {} as never);
console.log(files[0]!.contents.slice(0, 2500)); console.log(files[1]!.contents);
