/**
 * Emits `src/client.ts`: the `<Service>Client` class with one async method
 * per operation, one error class per error-table entry, the generic
 * `<Service>ServiceError`, and the wire tables the copied runtime reads.
 * Everything with behaviour lives in the runtime; this file is wiring.
 */
import type { IrError, IrOperation, IrService, IrShape, IrStructureShape } from "../../ir/types.js";
import type { Emitter, GeneratedFile } from "../shared/emitter.js";
import { docComment } from "../shared/doc-comment.js";
import { isIdentifier, propertyKey, stringLiteral } from "../shared/literals.js";
import { generatedHeader } from "../shared/print-ts.js";
import { runtimeFiles } from "./runtime-files.js";
import { boundList, shapesTable, wireOrder } from "./wire-tables.js";

export const clientEmitter: Emitter = {
  name: "client",
  emit(service) {
    return [emitClientFile(service), ...runtimeFiles(service)];
  },
};

/** Names the client module exports besides the service's own: re-exported runtime API. */
const RUNTIME_EXPORTS = ["ServiceError", "NetworkError", "TimeoutError", "InputValidationError"] as const;

export function emitClientFile(service: IrService): GeneratedFile {
  const shapes = new Map(service.shapes.map((s) => [s.name, s] as const));
  const aws = service.auth.scheme === "sigv4";
  const genericName = `${service.name}ServiceError`;
  checkNames(service, genericName);
  const typeImports = new Set<string>();
  for (const op of service.operations) typeImports.add(op.input).add(op.output);
  for (const e of service.errors) typeImports.add(e.typeName);

  const out: string[] = [generatedHeader(service.files)];
  out.push(`import { ClientCore, type BaseClientOptions, type CallOptions } from "./runtime/client/core.js";`);
  out.push(`import { ServiceError } from "./runtime/client/errors.js";`);
  out.push(`import type { ServiceTable } from "./runtime/client/response.js";`);
  out.push(`import type { OperationSpec, Shapes } from "./runtime/client/schema.js";`);
  out.push(
    aws
      ? `import { sigv4Auth, type AwsCredentialsProvider } from "./runtime/client/sigv4.js";`
      : `import { tokenAuth, type TokenProvider } from "./runtime/client/token.js";`,
  );
  out.push(`import type { ${[...typeImports].sort().join(", ")} } from "./types.js";`);
  out.push("");
  out.push(`export { ${RUNTIME_EXPORTS.join(", ")} } from "./runtime/client/errors.js";`);
  out.push(`export type { ServiceErrorInit, InputProblem } from "./runtime/client/errors.js";`);
  out.push(`export type { BaseClientOptions, CallOptions, ClientHooks, FetchLike, RequestContext, ResponseContext } from "./runtime/client/core.js";`);
  out.push(`export type { PreparedRequest } from "./runtime/client/request.js";`);
  out.push(`export type { RetryOptions } from "./runtime/client/retry.js";`);
  out.push(
    aws
      ? `export type { AwsCredentials, AwsCredentialsProvider } from "./runtime/client/sigv4.js";`
      : `export type { TokenProvider } from "./runtime/client/token.js";`,
  );
  out.push("");
  out.push(
    docComment([
      `Base class of every error ${service.title} answers with. Thrown as is for statuses and codes the error tables do not document; documented errors are subclasses.`,
    ]) + `export class ${genericName} extends ServiceError {}\n`,
  );
  for (const error of service.errors) out.push(errorClass(error, genericName));
  out.push(`const SHAPES: Shapes = ${shapesTable(service, shapes)};\n`);
  out.push(serviceTable(service, shapes, genericName));
  for (const op of service.operations) out.push(operationSpec(op, service, shapes));
  out.push(optionsInterface(service));
  out.push(clientClass(service));
  return { path: "src/client.ts", contents: out.join("\n"), reexport: true };
}

function inputShape(op: IrOperation, shapes: ReadonlyMap<string, IrShape>): IrStructureShape {
  const s = shapes.get(op.input);
  if (s?.kind !== "structure") throw new Error(`operation ${op.name}: input ${op.input} is not a structure`);
  return s;
}

function outputShape(op: IrOperation, shapes: ReadonlyMap<string, IrShape>): IrStructureShape {
  const s = shapes.get(op.output);
  if (s?.kind !== "structure") throw new Error(`operation ${op.name}: output ${op.output} is not a structure`);
  return s;
}

/** Class names come from the IR; refuse names that are not identifiers or that clash. */
function checkNames(service: IrService, genericName: string): void {
  const taken = new Set<string>(service.shapes.map((s) => s.name));
  for (const e of service.errors) taken.add(e.typeName);
  const mine = [service.clientName, `${service.clientName}Options`, genericName, ...RUNTIME_EXPORTS, ...service.errors.map((e) => e.name)];
  for (const name of mine) {
    if (!isIdentifier(name)) throw new Error(`${service.id}: client name "${name}" is not a valid identifier`);
    if (taken.has(name)) throw new Error(`${service.id}: client name "${name}" clashes with a type of the same name; rename the shape or error in the spec`);
    taken.add(name);
  }
  for (const op of service.operations) if (!isIdentifier(op.methodName)) throw new Error(`${service.id}: method name "${op.methodName}" is not a valid identifier`);
}

function errorClass(error: IrError, genericName: string): string {
  const facts = `HTTP ${error.status}${error.code ? `, code \`${error.code}\`` : ""}${error.retryable ? ", retryable" : ""}.`;
  return (
    docComment([error.documentation, facts]) +
    `export class ${error.name} extends ${genericName} {\n` +
    `  /** The error's documented members, read from the response body and headers. */\n` +
    `  declare readonly data: ${error.typeName};\n}\n`
  );
}

function serviceTable(service: IrService, shapes: ReadonlyMap<string, IrShape>, genericName: string): string {
  const rows = service.errors.map(
    (e) =>
      `    ${propertyKey(e.name)}: { ctor: ${e.name}, members: ${boundList(e.members, shapes, service.protocol)}, retryable: ${e.retryable} },`,
  );
  return (
    `const TABLE: ServiceTable = {\n` +
    `  protocol: ${stringLiteral(service.protocol)},\n` +
    `  shapes: SHAPES,\n` +
    `  errors: {\n${rows.join("\n")}\n  },\n` +
    `  generic: ${genericName},\n` +
    `  genericName: ${stringLiteral(genericName)},\n};\n`
  );
}

function specConstName(op: IrOperation): string {
  return `OP_${op.name}`;
}

function pathTemplate(op: IrOperation): string {
  return op.http.segments.map((s) => ("literal" in s ? s.literal : `{${s.label}${s.greedy ? "+" : ""}}`)).join("");
}

function operationSpec(op: IrOperation, service: IrService, shapes: ReadonlyMap<string, IrShape>): string {
  const errors = op.errors.map(
    (e) => `{ name: ${stringLiteral(e.name)}, status: ${e.status}${e.code === undefined ? "" : `, code: ${stringLiteral(e.code)}`} }`,
  );
  return (
    `const ${specConstName(op)}: OperationSpec = {\n` +
    `  name: ${stringLiteral(op.name)},\n` +
    `  method: ${stringLiteral(op.http.method)},\n` +
    `  path: ${stringLiteral(pathTemplate(op))},\n` +
    `  status: ${op.http.successStatus},\n` +
    `  input: ${boundList(inputShape(op, shapes).members, shapes, service.protocol)},\n` +
    `  output: ${boundList(outputShape(op, shapes).members, shapes, service.protocol)},\n` +
    `  errors: [${errors.join(", ")}],\n` +
    `  validator: ${stringLiteral(inputShape(op, shapes).validatorName)},\n};\n`
  );
}

function optionsInterface(service: IrService): string {
  const name = `${service.clientName}Options`;
  if (service.auth.scheme === "sigv4") {
    const endpointDoc = service.endpointPrefix
      ? `Base URL; default \`https://${service.endpointPrefix}.<region>.amazonaws.com\`.`
      : "Base URL of the service.";
    return (
      docComment([`Options of {@link ${service.clientName}}.`]) +
      `export interface ${name} extends BaseClientOptions {\n` +
      docComment([endpointDoc], "  ") +
      `  endpoint${service.endpointPrefix ? "?" : ""}: string;\n` +
      `  /** AWS region, e.g. \`us-east-1\`; part of the SigV4 credential scope. */\n` +
      `  region: string;\n` +
      `  /** Credentials to sign with (SigV4), or an async provider called per attempt. */\n` +
      `  credentials: AwsCredentialsProvider;\n}\n`
    );
  }
  const header = service.auth.header ?? "X-Auth-Token";
  return (
    docComment([`Options of {@link ${service.clientName}}.`]) +
    `export interface ${name} extends BaseClientOptions {\n` +
    `  /** Base URL, e.g. \`https://apig.<region>.myhuaweicloud.com\`. */\n` +
    `  endpoint: string;\n` +
    docComment([`Value of the \`${header}\` header, or an async provider called per attempt.`, service.auth.documentation], "  ") +
    `  token: TokenProvider;\n}\n`
  );
}

function constructorBody(service: IrService): string {
  if (service.auth.scheme === "sigv4") {
    const signingName = service.auth.signingName ?? service.endpointPrefix ?? service.id;
    const endpoint = service.endpointPrefix
      ? `options.endpoint ?? ${stringLiteral(`https://${service.endpointPrefix}.`)} + options.region + ".amazonaws.com"`
      : "options.endpoint";
    return (
      `    this.#core = new ClientCore(TABLE, {\n` +
      `      ...options,\n` +
      `      endpoint: ${endpoint},\n` +
      `      authenticate: sigv4Auth({ region: options.region, service: ${stringLiteral(signingName)}, credentials: options.credentials }),\n` +
      `    });\n`
    );
  }
  return (
    `    this.#core = new ClientCore(TABLE, {\n` +
    `      ...options,\n` +
    `      authenticate: tokenAuth(${stringLiteral(service.auth.header ?? "X-Auth-Token")}, options.token),\n` +
    `    });\n`
  );
}

/** An input without required members may be left out (`client.updateAccount()`). */
function inputOptional(op: IrOperation, shapes: ReadonlyMap<string, IrShape>): boolean {
  return !inputShape(op, shapes).members.some((m) => m.required);
}

function clientClass(service: IrService): string {
  const shapes = new Map(service.shapes.map((s) => [s.name, s] as const));
  const methods = service.operations.map((op) => {
    const throwsLines = op.errors.map((e) => `@throws {@link ${e.name}} HTTP ${e.status}${e.documentation ? `: ${firstSentence(e.documentation)}` : ""}`);
    const doc = docComment(
      [
        op.documentation ?? op.title,
        `\`${op.http.method} ${op.http.path}\` → ${op.http.successStatus}`,
        [...throwsLines, `@throws {@link ${service.name}ServiceError} for undocumented answers; NetworkError, TimeoutError or the signal's reason when no answer arrives.`].join("\n"),
      ],
      "  ",
    );
    return (
      doc +
      `  ${op.methodName}(input: ${op.input}${inputOptional(op, shapes) ? " = {}" : ""}, options?: CallOptions): Promise<${op.output}> {\n` +
      `    return this.#core.send(${specConstName(op)}, input, options);\n` +
      `  }\n`
    );
  });
  const auth = service.auth.scheme === "sigv4" ? "Signs requests with AWS Signature Version 4." : `Sends the token in \`${service.auth.header ?? "X-Auth-Token"}\`.`;
  return (
    docComment([`Client of ${service.title}: one method per documented operation. ${auth}`, service.documentation]) +
    `export class ${service.clientName} {\n` +
    `  readonly #core: ClientCore;\n\n` +
    `  constructor(options: ${service.clientName}Options) {\n` +
    constructorBody(service) +
    `  }\n\n` +
    methods.join("\n") +
    `}\n`
  );
}

function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const end = flat.search(/\.(\s|$)/);
  return end === -1 ? flat : flat.slice(0, end + 1);
}

/** Re-exported for tests: the declaration order rule the tables use. */
export { wireOrder };
