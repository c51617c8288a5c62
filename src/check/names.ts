/**
 * Generated names: every name a package declares is unique in it, and none
 * is a global the generated code relies on (`Record`, `Promise`, `Error`, …),
 * a name the runtime exports beside it, or a method name JavaScript
 * reserves on a class (`constructor`) or treats specially (`then`).
 */
import type { IrService, SourceLocation } from "../ir/types.js";
import { error, type Diagnostic } from "./diagnostics.js";

/** Globals and built-in types generated code names, and TypeScript's own type keywords. */
export const RESERVED_TYPE_NAMES: ReadonlySet<string> = new Set([
  "Array", "ArrayBuffer", "BigInt", "Boolean", "Buffer", "Date", "Error", "Exclude", "Extract", "Function",
  "Headers", "Infinity", "JSON", "Map", "Math", "NaN", "NonNullable", "Number", "Object", "Omit", "Partial",
  "Pick", "Promise", "Readonly", "ReadonlyArray", "Record", "RegExp", "Required", "Response", "Request",
  "ReturnType", "Set", "String", "Symbol", "TypeError", "RangeError", "URL", "Uint8Array", "AbortSignal",
  "AbortController", "TextDecoder", "TextEncoder", "WeakMap", "WeakSet", "Awaited", "Parameters",
  "PropertyKey", "Iterable", "globalThis", "undefined", "unknown", "never", "any", "object", "string",
  "number", "boolean", "symbol", "bigint", "void", "null",
]);

/** Names the runtime exports from every package's entry point (see emit/client and emit/validators). */
export const RUNTIME_EXPORTS: readonly string[] = [
  "ServiceError", "ServiceErrorInit", "NetworkError", "TimeoutError", "InputValidationError", "InputProblem",
  "RedirectError", "ResponseFormatError", "BaseClientOptions", "CallOptions", "ClientHooks", "FetchLike",
  "RequestContext", "ResponseContext", "PreparedRequest", "RetryOptions", "AwsCredentials",
  "AwsCredentialsProvider", "HuaweiCredentials", "ValidationProblem", "ValidationResult", "MockOptions",
  "RunningMock", "ListenOptions", "service",
];

/** Client method names that would break the class or make clients thenable. */
export const RESERVED_METHOD_NAMES: ReadonlySet<string> = new Set(["constructor", "then", "__proto__", "prototype"]);

export function checkNames(service: IrService, out: Diagnostic[]): void {
  const taken = new Map<string, SourceLocation | "runtime">();
  for (const n of RUNTIME_EXPORTS) taken.set(n, "runtime");
  /** Claims `name`; false (reported) when it is reserved or taken. */
  const claim = (name: string, loc: SourceLocation, what: string): boolean => {
    if (RESERVED_TYPE_NAMES.has(name)) {
      out.push(error(loc, "reserved-name", `generated name '${name}' (${what}) is a built-in name generated code relies on`, "rename it (shape and error names never travel on the wire)"));
      return false;
    }
    const prev = taken.get(name);
    if (prev === "runtime") out.push(error(loc, "name-collision", `generated name '${name}' (${what}) is exported by the opforge runtime too`, "rename the shape or the error"));
    else if (prev) out.push(error(loc, "name-collision", `generated name '${name}' (${what}) collides with one from ${prev.file}:${prev.line}:${prev.col}`, "rename the shape or the error"));
    else taken.set(name, loc);
    return prev === undefined;
  };
  const n = service.names;
  claim(n.client, service.loc, "client class");
  claim(n.clientOptions, service.loc, "client options");
  claim(n.serviceError, service.loc, "service error class");
  claim(n.startMock, service.loc, "mock start function");
  const shapeNames = new Set<string>();
  for (const s of service.shapes) {
    // A shape declared twice is reported by check/shapes.ts; its names are claimed once.
    if (shapeNames.has(s.name)) continue;
    shapeNames.add(s.name);
    claim(s.name, s.loc, "shape");
    claim(s.validatorName, s.loc, "validator");
    claim(s.guardName, s.loc, "type guard");
    claim(s.checkName, s.loc, "check function");
    if (s.kind === "enum") claim(s.valuesConstName, s.loc, "enum values");
    if (s.lenientValidatorName) claim(s.lenientValidatorName, s.loc, "lenient validator");
    if (s.bodyValidatorName) claim(s.bodyValidatorName, s.loc, "body validator");
    if (s.bodyCheckName) claim(s.bodyCheckName, s.loc, "body check function");
  }
  for (const e of service.errors) {
    claim(e.name, e.loc, "error class");
    // Its validators' names derive from the data type's: one report when that collides.
    if (!claim(e.typeName, e.loc, "error data type")) continue;
    claim(e.validatorName, e.loc, "error data validator");
    claim(e.guardName, e.loc, "error data type guard");
    claim(e.checkName, e.loc, "error data check function");
  }
  const methods = new Map<string, { op: string; loc: SourceLocation }>();
  for (const op of service.operations) {
    if (RESERVED_METHOD_NAMES.has(op.methodName)) {
      out.push(error(op.loc, "reserved-name", `operation '${op.name}' would give the client a method '${op.methodName}', which JavaScript reserves`, "rename the operation"));
    }
    const prev = methods.get(op.methodName);
    // Two operations of one name are reported by check/http.ts.
    if (prev && prev.op !== op.name) out.push(error(op.loc, "name-collision", `client method '${op.methodName}' collides with one from ${prev.loc.file}:${prev.loc.line}:${prev.loc.col}`, "rename the operation"));
    else if (!prev) methods.set(op.methodName, { op: op.name, loc: op.loc });
  }
}
