/**
 * Emits the mock: `mock.js` hands the runtime (`runtime/mock/`) the service
 * table, the mock table (validators, synthesized answers, examples,
 * resources) and a start function; `mock.d.ts` declares them.
 */
import type { IrService } from "../../ir/types.js";
import * as b from "../../print/js-build.js";
import type { Stmt } from "../../print/js-ast.js";
import { printModule } from "../../print/js-statements.js";
import * as t from "../../print/ts-build.js";
import { dataExpr } from "../shared/data-expr.js";
import type { Emitter } from "../shared/emitter.js";
import { headerComment } from "../shared/header.js";
import { protocolModule } from "../shared/protocol-module.js";
import { mockTable, validatorNames } from "./mock-data.js";

/** The runtime modules the mock imports, by the path generated code uses. */
const MOCK_RUNTIME = "./runtime/mock/index.js";
const MOCK_TYPES = "./runtime/table/mock-types.js";

export const mockEmitter: Emitter = {
  name: "mock",
  emit(service) {
    return [
      { path: "mock.js", contents: printModule(mockJs(service), "js") },
      { path: "mock.d.ts", contents: printModule(mockDts(service), "ts") },
    ];
  },
};

function mockJs(service: IrService): Stmt[] {
  const validators = validatorNames(service);
  const protocol = protocolModule(service.protocol);
  return [
    headerComment(service),
    b.blank,
    b.importNamed([{ name: "startMock" }], MOCK_RUNTIME),
    b.importNamed([{ name: protocol.binding }], protocol.path),
    b.importNamed([{ name: "service" }], "./service.js"),
    ...(validators.length ? [b.importNamed(validators.map((name) => ({ name })), "./validators.js")] : []),
    b.blank,
    b.variable("const", "mockTable", dataExpr(mockTable(service)), { exported: true }),
    b.blank,
    b.variable("const", "mockDefinition", b.object([b.shorthand("service"), b.prop("mock", b.id("mockTable")), b.prop("protocol", b.id(protocol.binding))], true), { exported: true }),
    b.blank,
    b.fn(service.names.startMock, [b.param("options", { defaultValue: b.object([]) })], [b.ret(b.call(b.id("startMock"), [b.array([b.id("mockDefinition")]), b.id("options")]))], { exported: true }),
  ];
}

function mockDts(service: IrService): Stmt[] {
  return [
    headerComment(service),
    b.blank,
    b.importNamed([{ name: "ListenOptions" }, { name: "MockDefinition" }, { name: "RunningMock" }], MOCK_RUNTIME, true),
    b.importNamed([{ name: "MockTable" }], MOCK_TYPES, true),
    b.blank,
    b.exportNamed([{ name: "ListenOptions" }, { name: "MockDefinition" }, { name: "MockOptions" }, { name: "RunningMock" }], MOCK_RUNTIME, true),
    b.blank,
    b.withDoc(
      `What the mock of ${service.title} adds to the service table: each operation's validators, synthesized answer, documented examples and resource action, and the resources it keeps.`,
      b.variable("const", "mockTable", undefined, { exported: true, declare: true, type: t.typeRef("MockTable") }),
    ),
    b.blank,
    b.withDoc(
      `The mock of ${service.title}, for \`startMock\` / \`createMockHandler\` (several services can share a port).`,
      b.variable("const", "mockDefinition", undefined, { exported: true, declare: true, type: t.typeRef("MockDefinition") }),
    ),
    b.blank,
    b.withDoc(
      `Serves the ${service.title} mock over HTTP on 127.0.0.1 (a free port unless \`options.port\` is given); resolves once it accepts connections.`,
      b.fn(service.names.startMock, [b.param("options", { type: t.typeRef("ListenOptions"), optional: true })], undefined, {
        exported: true,
        declare: true,
        returnType: t.typeRef("Promise", [t.typeRef("RunningMock")]),
      }),
    ),
  ];
}
