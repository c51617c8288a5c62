import { compileSpecs } from "../src/pipeline/compile-specs.ts";
import { clientEmitter } from "../src/emit/client/emit-client.ts";
const { model } = compileSpecs("specs");
const f = clientEmitter.emit(model.services[2]!, {} as never);
console.log(f[1]!.contents.slice(0, 4500));
