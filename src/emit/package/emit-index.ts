/**
 * The package entry point: `index.js` / `index.d.ts` re-export the service
 * table, the types, the validators and the client. The mock is left out on
 * purpose (`<package>/mock`): a client bundle should not carry it.
 */
import type { IrService } from "../../ir/types.js";
import * as b from "../../print/js-build.js";
import type { Stmt } from "../../print/js-ast.js";
import { printModule } from "../../print/js-statements.js";
import { compareStrings } from "../../util/sort.js";
import { headerComment } from "../shared/header.js";
import type { GeneratedFile } from "../shared/emitter.js";

/** Top-level modules the entry point does not re-export. */
const NOT_IN_INDEX: ReadonlySet<string> = new Set(["index", "mock"]);

export function emitIndex(service: IrService, modules: ReadonlyArray<{ name: string; js: boolean }>): GeneratedFile[] {
  const listed = modules.filter((m) => !NOT_IN_INDEX.has(m.name)).sort((a, b) => compareStrings(a.name, b.name));
  const js: Stmt[] = [headerComment(service), b.blank, ...listed.filter((m) => m.js).map((m) => b.exportAll(`./${m.name}.js`))];
  const dts: Stmt[] = [headerComment(service), b.blank, ...listed.map((m) => b.exportAll(`./${m.name}.js`))];
  return [
    { path: "index.js", contents: printModule(js, "js") },
    { path: "index.d.ts", contents: printModule(dts, "ts") },
  ];
}
