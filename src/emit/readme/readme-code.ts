/**
 * The README's code blocks, printed in their final (prettier) layout, since
 * prettier formats the code inside Markdown fences too: the client setup,
 * the mock setup and one call per operation. They typecheck against the
 * package (test/readme/readme-examples-typecheck.test.ts).
 */
import type { IrOperation, IrService, IrShape } from "../../ir/types.js";
import * as b from "../../print/js-build.js";
import type { Expr } from "../../print/js-ast.js";
import { printModule } from "../../print/js-statements.js";
import { dataExpr, type Data } from "../shared/data-expr.js";
import { sampleInput } from "./sample-input.js";

const env = (name: string): Expr => b.member(b.member(b.id("process"), "env"), name);

export function clientSetupCode(service: IrService): string {
  const n = service.names;
  const options =
    service.auth.scheme === "sigv4"
      ? b.object(
          [
            b.prop("region", b.str("us-east-1")),
            b.prop("credentials", b.object([b.prop("accessKeyId", b.binary(env("AWS_ACCESS_KEY_ID"), "??", b.str(""))), b.prop("secretAccessKey", b.binary(env("AWS_SECRET_ACCESS_KEY"), "??", b.str("")))], true)),
          ],
          true,
        )
      : b.object(
          [
            b.prop("endpoint", b.str("https://apig.ap-southeast-1.myhuaweicloud.com")),
            b.prop("token", b.binary(env("HUAWEI_TOKEN"), "??", b.str(""))),
          ],
          true,
        );
  return printModule(
    [
      b.importNamed([{ name: n.client }], n.packageName),
      b.blank,
      b.variable("const", "client", b.newExpr(b.id(n.client), [options])),
    ],
    "ts",
  );
}

export function mockSetupCode(service: IrService): string {
  const n = service.names;
  const clientOptions =
    service.auth.scheme === "sigv4"
      ? [b.prop("endpoint", b.member(b.id("mock"), "url")), b.prop("region", b.str("us-east-1")), b.prop("credentials", b.object([b.prop("accessKeyId", b.str("test")), b.prop("secretAccessKey", b.str("test"))]))]
      : [b.prop("endpoint", b.member(b.id("mock"), "url")), b.prop("token", b.str("test"))];
  return printModule(
    [
      b.importNamed([{ name: n.startMock }], `${n.packageName}/mock`),
      b.importNamed([{ name: n.client }], n.packageName),
      b.blank,
      b.variable("const", "mock", b.awaitExpr(b.call(b.id(n.startMock), []))),
      b.variable("const", "local", b.newExpr(b.id(n.client), [b.object(clientOptions, true)])),
      b.comment("... call the client; the mock answers as the service would ..."),
      b.exprStmt(b.awaitExpr(b.call(b.member(b.id("mock"), "close"), []))),
    ],
    "ts",
  );
}

export function exampleCallCode(op: IrOperation, shapes: ReadonlyMap<string, IrShape>): string {
  const input = sampleInput(shapes, op.input, op.examples);
  const call = b.awaitExpr(b.call(b.member(b.id("client"), op.methodName), [dataExpr(input as Data)]));
  return printModule([op.output === undefined ? b.exprStmt(call) : b.variable("const", "result", call)], "ts");
}
