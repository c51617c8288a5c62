/**
 * Emits `service.js`, the one description of the service's operations,
 * shapes and errors that the client and the mock both read (see
 * runtime/table/types.ts), and `service.d.ts` declaring it.
 */
import type { IrService } from "../../ir/types.js";
import * as b from "../../print/js-build.js";
import { printModule } from "../../print/js-statements.js";
import * as t from "../../print/ts-build.js";
import { dataExpr, type Data } from "../shared/data-expr.js";
import type { Emitter } from "../shared/emitter.js";
import { headerComment } from "../shared/header.js";
import { serviceTable } from "./table-data.js";

/** The runtime module declaring the table's type (generated code imports it by this path). */
export const TABLE_TYPES = "./runtime/table/types.js";

const DOC = (service: IrService) =>
  `How ${service.title} puts each operation on the wire: routes, members with their wire names and locations, errors. Read by the client and the mock.`;

export const serviceEmitter: Emitter = {
  name: "service",
  emit(service) {
    const js = [
      headerComment(service),
      b.blank,
      b.withDoc(DOC(service), b.variable("const", "service", dataExpr(serviceTable(service) as unknown as Data), { exported: true })),
    ];
    const dts = [
      headerComment(service),
      b.blank,
      b.importNamed([{ name: "ServiceTable" }], TABLE_TYPES, true),
      b.blank,
      b.withDoc(DOC(service), b.variable("const", "service", undefined, { exported: true, declare: true, type: t.typeRef("ServiceTable") })),
    ];
    return [
      { path: "service.js", contents: printModule(js, "js") },
      { path: "service.d.ts", contents: printModule(dts, "ts") },
    ];
  },
};
