/** `client.d.ts`: the client's declarations, documented with the docs' own text. */
import type { IrService, IrShape } from "../../ir/types.js";
import * as b from "../../print/js-build.js";
import type { ClassMember, Stmt } from "../../print/js-ast.js";
import * as t from "../../print/ts-build.js";
import type { TypeMember } from "../../print/ts-ast.js";
import { headerComment } from "../shared/header.js";
import { CLIENT_RUNTIME, clientDocs, errorClassDoc, operationDoc, RUNTIME_ERRORS, serviceErrorDoc } from "./client-docs.js";

/** Option and hook types every client re-exports (claimed in check/names.ts). */
export const CLIENT_OPTION_TYPES = ["BaseClientOptions", "CallOptions", "ClientHooks", "FetchLike", "PreparedRequest", "RequestContext", "ResponseContext"] as const;

export function clientDts(service: IrService): Stmt[] {
  const n = service.names;
  const sigv4 = service.auth.scheme === "sigv4";
  const shapes = new Map(service.shapes.map((s) => [s.name, s] as const));
  const typeImports = new Set<string>();
  for (const e of service.errors) typeImports.add(e.typeName);
  for (const op of service.operations) {
    typeImports.add(op.input);
    if (op.output !== undefined) typeImports.add(op.output);
  }
  const authTypes = sigv4 ? ["AwsCredentials", "AwsCredentialsProvider"] : ["TokenProvider"];
  const out: Stmt[] = [
    headerComment(service),
    b.blank,
    b.importNamed([{ name: "BaseClientOptions" }, { name: "CallOptions" }], CLIENT_RUNTIME.options, true),
    b.importNamed([{ name: "ServiceError" }], CLIENT_RUNTIME.errors),
    b.importNamed([{ name: authTypes[authTypes.length - 1]! }], sigv4 ? CLIENT_RUNTIME.sigv4 : CLIENT_RUNTIME.token, true),
    b.importNamed([...typeImports].sort().map((name) => ({ name })), "./types.js", true),
    b.blank,
    b.exportNamed(RUNTIME_ERRORS.map((name) => ({ name })), CLIENT_RUNTIME.errors),
    b.exportNamed([{ name: "InputProblem" }, { name: "ServiceErrorInit" }], CLIENT_RUNTIME.errors, true),
    b.exportNamed(CLIENT_OPTION_TYPES.map((name) => ({ name })), CLIENT_RUNTIME.options, true),
    b.exportNamed([{ name: "RetryOptions" }], "./runtime/client/retry.js", true),
    b.exportNamed(authTypes.map((name) => ({ name })), sigv4 ? CLIENT_RUNTIME.sigv4 : CLIENT_RUNTIME.token, true),
    b.blank,
    b.withDoc(serviceErrorDoc(service), b.cls(n.serviceError, [], { exported: true, declare: true, superClass: b.id("ServiceError") })),
  ];
  for (const e of service.errors) {
    const data = b.field("data", undefined, { readonly: true, type: t.typeRef(e.typeName), doc: "The error's documented members, read from the response body and headers." });
    out.push(b.blank, b.withDoc(errorClassDoc(e), b.cls(e.name, [data], { exported: true, declare: true, superClass: b.id(n.serviceError) })));
  }
  out.push(
    b.blank,
    b.withDoc(`Options of {@link ${n.client}}.`, b.interfaceDecl(n.clientOptions, optionMembers(service), { exported: true, extends: [t.typeRef("BaseClientOptions")] })),
    b.blank,
    b.withDoc(clientDocs(service), b.cls(n.client, clientMembers(service, shapes), { exported: true, declare: true })),
  );
  return out;
}

function optionMembers(service: IrService): TypeMember[] {
  if (service.auth.scheme === "sigv4") {
    return [
      t.propertySignature("region", t.typeRef("string"), { doc: "AWS region, e.g. `us-east-1`: the SigV4 credential scope and the default endpoint's region." }),
      t.propertySignature("credentials", t.typeRef("AwsCredentialsProvider"), { doc: "Credentials to sign with (SigV4), or an async provider called per attempt." }),
    ];
  }
  return [
    t.propertySignature("endpoint", t.typeRef("string"), { doc: "Base URL of your region's endpoint (or a mock server's URL)." }),
    t.propertySignature("token", t.typeRef("TokenProvider"), { doc: `The token sent in the ${service.auth.header ?? "X-Auth-Token"} header, or a function returning a fresh one.` }),
  ];
}

function clientMembers(service: IrService, shapes: ReadonlyMap<string, IrShape>): ClassMember[] {
  const members: ClassMember[] = [b.field("#private"), b.method("constructor", [b.param("options", { type: t.typeRef(service.names.clientOptions) })], undefined)];
  for (const op of service.operations) {
    const input = shapes.get(op.input);
    const optionalInput = input?.kind === "structure" && !input.members.some((m) => m.required);
    const output = op.output === undefined ? t.typeRef("void") : t.typeRef(op.output);
    members.push(
      b.blank,
      b.method(
        op.methodName,
        [b.param("input", { type: t.typeRef(op.input), optional: optionalInput }), b.param("options", { type: t.typeRef("CallOptions"), optional: true })],
        undefined,
        { returnType: t.typeRef("Promise", [output]), doc: operationDoc(service, op) },
      ),
    );
  }
  return members;
}
