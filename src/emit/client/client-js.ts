/**
 * `client.js`: the error classes and the client class, a thin layer over the
 * runtime's `ClientCore`. Documentation lives in `client.d.ts` only (each
 * fact once), where editors read it.
 */
import type { IrService } from "../../ir/types.js";
import * as b from "../../print/js-build.js";
import type { ClassMember, Stmt } from "../../print/js-ast.js";
import { headerComment } from "../shared/header.js";
import { protocolModule } from "../shared/protocol-module.js";
import { CLIENT_RUNTIME, RUNTIME_ERRORS } from "./client-docs.js";

/** Module-local names: lower case, so that no PascalCase shape or error name can collide with them. */
const ERROR_CLASSES = "errorClasses";

export function clientJs(service: IrService): Stmt[] {
  const n = service.names;
  const sigv4 = service.auth.scheme === "sigv4";
  const auth = sigv4 ? "sigv4Auth" : "tokenAuth";
  const out: Stmt[] = [
    headerComment(service),
    b.blank,
    b.importNamed([{ name: "ClientCore" }], CLIENT_RUNTIME.core),
    b.importNamed([{ name: "ServiceError" }], CLIENT_RUNTIME.errors),
    b.importNamed([{ name: auth }], sigv4 ? CLIENT_RUNTIME.sigv4 : CLIENT_RUNTIME.token),
    b.importNamed([{ name: protocolModule(service.protocol).binding }], protocolModule(service.protocol).path),
    b.importNamed([{ name: "service" }], "./service.js"),
    b.blank,
    b.exportNamed(RUNTIME_ERRORS.map((name) => ({ name })), CLIENT_RUNTIME.errors),
    b.blank,
    b.cls(n.serviceError, [], { exported: true, superClass: b.id("ServiceError") }),
  ];
  for (const e of service.errors) out.push(b.cls(e.name, [], { exported: true, superClass: b.id(n.serviceError) }));
  out.push(
    b.blank,
    b.variable("const", ERROR_CLASSES, b.object(service.errors.map((e) => b.shorthand(e.name)), service.errors.length > 1)),
    b.blank,
    b.cls(n.client, clientMembers(service, auth), { exported: true }),
  );
  return out;
}

function clientMembers(service: IrService, auth: string): ClassMember[] {
  const core = b.member(b.thisExpr, "#core");
  // The client's input check is the lenient one: it never refuses a value the service may accept tomorrow.
  const validators = service.operations.map((op) => {
    const input = service.shapes.find((s) => s.name === op.input);
    return b.prop(op.name, b.str((input?.kind === "structure" ? input.lenientValidatorName : undefined) ?? input?.validatorName ?? ""));
  });
  const wiring = b.object(
    [
      b.prop("protocol", b.id(protocolModule(service.protocol).binding)),
      b.prop("errors", b.id(ERROR_CLASSES)),
      b.prop("serviceError", b.id(service.names.serviceError)),
      b.prop("authenticate", b.call(b.id(auth), [b.id("service"), b.id("options")])),
      b.prop("inputValidators", b.object(validators, validators.length > 1)),
    ],
    true,
  );
  const members: ClassMember[] = [
    b.field("#core"),
    b.blank,
    b.method("constructor", [b.param("options")], [
      b.exprStmt(b.assign(core, b.newExpr(b.id("ClientCore"), [b.id("service"), b.id("options"), wiring]))),
    ]),
  ];
  for (const op of service.operations) {
    members.push(
      b.blank,
      b.method(
        op.methodName,
        [b.param("input"), b.param("options")],
        [b.ret(b.call(b.member(core, "send"), [b.str(op.name), b.id("input"), b.id("options")]))],
      ),
    );
  }
  return members;
}
