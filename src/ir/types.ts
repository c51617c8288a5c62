/**
 * The resolved, normalized model (IR) every emitter reads.
 *
 * Built once from the specs by `buildModel`; emitters never see YAML. Every
 * list here is already sorted (see `util/sort.ts`), and every generated name
 * (type, property, validator, client method, error class) is decided here so
 * that no emitter invents one.
 */

/** A position in a spec file, 1-based, as printed in `file:line:col`. */
export interface SourceLocation {
  /** Path relative to the working directory, e.g. `specs/apigateway/PutMethod.yaml`. */
  file: string;
  line: number;
  col: number;
}

/** Facts `npm run verify` compares with a vendor's official service model. */
export type VerifyFact = "missing" | "extra" | "wireName" | "location" | "type" | "required" | "enum" | "method" | "path" | "status" | "errors";

/** A deliberate, documented difference from the official model (spec field `verify`). */
export interface IrVerifyMark {
  ignore: VerifyFact[];
  reason: string;
}

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface IrSource {
  title: string;
  file?: string;
  url?: string;
  covers?: string;
}

/** One documented value of an enum or of an open string's `knownValues`. */
export interface IrEnumValue {
  value: string;
  documentation?: string;
}

export type NumberKind = "integer" | "long" | "float" | "double";

export interface IrStringType {
  kind: "string";
  minLength?: number;
  maxLength?: number;
  /** ECMAScript regex source, unanchored, compiled with the `u` flag. */
  pattern?: string;
  /** Documented values of an open string; not enforced. */
  knownValues?: IrEnumValue[];
}

export interface IrNumberType {
  kind: NumberKind;
  minimum?: number;
  maximum?: number;
  /** Values inside the range that are not allowed, sorted ascending. */
  excluded?: number[];
}

export interface IrBooleanType {
  kind: "boolean";
}

export interface IrTimestampType {
  kind: "timestamp";
  format: "date-time" | "epoch-seconds" | "http-date";
}

export interface IrListType {
  kind: "list";
  items: IrType;
  minItems?: number;
  maxItems?: number;
}

export interface IrMapType {
  kind: "map";
  /** A string type (possibly constrained) or a ref to an enum shape. */
  key: IrStringType | IrRefType;
  value: IrType;
  minEntries?: number;
  maxEntries?: number;
}

/** A reference to a named shape (structure or enum) of the same service. */
export interface IrRefType {
  kind: "ref";
  name: string;
}

export type IrType =
  | IrStringType
  | IrNumberType
  | IrBooleanType
  | IrTimestampType
  | IrListType
  | IrMapType
  | IrRefType;

export type MemberLocation = "path" | "query" | "header" | "body";

export interface IrMember {
  /** Documented name; the TypeScript property name. */
  name: string;
  /** Name on the wire (JSON key, path placeholder, query key, header name). */
  wireName: string;
  location: MemberLocation;
  type: IrType;
  required: boolean;
  default?: JsonValue;
  documentation?: string;
  deprecated?: boolean;
  source?: string;
  /** Deliberate differences from the official model, for `verify`. */
  verify?: IrVerifyMark;
  loc: SourceLocation;
}

export interface IrStructureShape {
  kind: "structure";
  /** TypeScript type name, unique in the service. */
  name: string;
  documentation?: string;
  /** Sorted by name. */
  members: IrMember[];
  /** `validate<Name>` / `is<Name>`. */
  validatorName: string;
  guardName: string;
  /** `check<Name>`: the pass/fail-only validator (no problem details), the fast path. */
  checkName: string;
  /** Where the shape is reachable from: an operation input, an output, an error. */
  usage: { input: boolean; output: boolean; error: boolean };
  /** True for the top-level input or output structure of an operation. */
  root: "input" | "output" | null;
  verify?: IrVerifyMark;
  loc: SourceLocation;
}

export interface IrEnumShape {
  kind: "enum";
  name: string;
  documentation?: string;
  /** In documented order (order carries meaning in docs; it is spec order, not input-file order). */
  values: IrEnumValue[];
  /** Name of the `const` array of the values, e.g. `IntegrationTypeValues`. */
  valuesConstName: string;
  validatorName: string;
  guardName: string;
  /** `check<Name>`: the pass/fail-only validator (no problem details), the fast path. */
  checkName: string;
  verify?: IrVerifyMark;
  loc: SourceLocation;
}

export type IrShape = IrStructureShape | IrEnumShape;

export interface IrWirePayload {
  path?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: JsonValue;
}

export interface IrError {
  /** Error name as in the error table, e.g. `BadRequestException`; the client error class name. */
  name: string;
  /** Name of the TypeScript interface for the error's data (its members). */
  typeName: string;
  status: number;
  /**
   * Vendor's code: AWS error type, Huawei `error_code`. Always set on an
   * operation's errors; absent only on a service-wide entry whose code each
   * operation sets (Huawei's 404 is APIG.3001 for groups, APIG.3081 for authorizers).
   */
  code?: string;
  documentation?: string;
  retryable: boolean;
  appliesToAll: boolean;
  /** Members carried by the error response (body and header), sorted by name. */
  members: IrMember[];
  example?: IrWirePayload;
  source?: string;
  verify?: IrVerifyMark;
  loc: SourceLocation;
}

export interface IrExample {
  title: string;
  documentation?: string;
  request?: IrWirePayload;
  response?: { status?: number; headers?: Record<string, string>; body?: JsonValue };
}

export interface IrMock {
  resource: string;
  key: string[];
  action: "create" | "upsert" | "patch";
  conflictError?: string;
  readOnlyPaths: string[];
  invalidPatchError?: string;
  initial?: JsonValue;
  /** Output member name -> input member name, sorted by output member. */
  echo: Array<{ output: string; input: string }>;
}

export type HttpMethod = "GET" | "PUT" | "POST" | "PATCH" | "DELETE" | "HEAD";

export interface IrHttp {
  method: HttpMethod;
  /** Path template as written, e.g. `/restapis/{restapi_id}/resources`. */
  path: string;
  /** The template split into literal and label segments, in order. */
  segments: Array<{ literal: string } | { label: string; greedy: boolean }>;
  successStatus: number;
}

export interface IrOperation {
  /** PascalCase operation name, e.g. `PutMethod`. */
  name: string;
  /** Client method name, e.g. `putMethod`. */
  methodName: string;
  title?: string;
  documentation?: string;
  sources: IrSource[];
  http: IrHttp;
  /** Name of the input structure shape. */
  input: string;
  /** Name of the output structure shape. */
  output: string;
  /** Errors the operation can answer, resolved (service-wide ones included), sorted by name. */
  errors: IrError[];
  examples: IrExample[];
  mock?: IrMock;
  verify?: IrVerifyMark;
  loc: SourceLocation;
}

export type Vendor = "aws" | "huawei";
export type Protocol = "aws-rest-json" | "huawei-rest-json";

export interface IrAuth {
  scheme: "sigv4" | "x-auth-token";
  /** SigV4 signing name (credential scope service). */
  signingName?: string;
  /** Header carrying the token (x-auth-token). */
  header?: string;
  documentation?: string;
}

export interface IrService {
  /** Folder and package id, e.g. `apigateway`. */
  id: string;
  /** PascalCase name, e.g. `ApiGateway`. */
  name: string;
  title: string;
  documentation?: string;
  vendor: Vendor;
  protocol: Protocol;
  apiVersion?: string;
  endpointPrefix?: string;
  auth: IrAuth;
  unknownMembers: { input: "reject" | "allow"; output: "reject" | "allow" };
  sources: IrSource[];
  /** npm package name of the generated package. */
  packageName: string;
  /** Client class name, e.g. `ApiGatewayClient`. */
  clientName: string;
  /** All named shapes (inputs, outputs, nested), sorted by name. */
  shapes: IrShape[];
  /** Sorted by name. */
  operations: IrOperation[];
  /** Every error of the service (service-wide and operation-specific, with operation overrides removed), sorted by name. */
  errors: IrError[];
  /** Spec files this service was built from, as `<specs folder name>/<service>/<file>` (independent of the working directory), sorted. */
  files: string[];
  loc: SourceLocation;
}

export interface IrModel {
  /** Sorted by id. */
  services: IrService[];
}
