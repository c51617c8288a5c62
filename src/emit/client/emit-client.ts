/** Emits the typed client: `client.js` and `client.d.ts`. */
import { printModule } from "../../print/js-statements.js";
import type { Emitter } from "../shared/emitter.js";
import { clientDts } from "./client-dts.js";
import { clientJs } from "./client-js.js";

export const clientEmitter: Emitter = {
  name: "client",
  emit(service) {
    return [
      { path: "client.js", contents: printModule(clientJs(service), "js") },
      { path: "client.d.ts", contents: printModule(clientDts(service), "ts") },
    ];
  },
};
