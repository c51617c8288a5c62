/**
 * The spec files as written, typed. `schema/spec-format.schema.json` is the
 * authority on their shape (editors and `check/check-format.ts` use it);
 * these types say the same for the IR builder, which only ever sees files
 * that passed the format check. Kept by hand beside the schema: a test
 * (test/spec/raw-types.test.ts) checks that every schema property appears here.
 */

export type RawJson = null | boolean | number | string | RawJson[] | { [key: string]: RawJson };

export interface RawSource {
  title: string;
  file?: string;
  url?: string;
  covers?: string;
}

export type RawVerifyFact =
  | "missing"
  | "extra"
  | "wireName"
  | "location"
  | "type"
  | "required"
  | "enum"
  | "method"
  | "path"
  | "status"
  | "errors";

export interface RawVerifyMark {
  ignore: RawVerifyFact[];
  reason: string;
}

export type RawEnumValue = string | { value: string; documentation?: string };

export type RawTypeKeyword =
  | "string"
  | "integer"
  | "long"
  | "float"
  | "double"
  | "boolean"
  | "timestamp"
  | "list"
  | "map"
  | "structure"
  | "enum";

/** Fields that describe a type: `ref` to a named shape, or `type` with its constraints. */
export interface RawTypeDef {
  type?: RawTypeKeyword;
  ref?: string;
  name?: string;
  documentation?: string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  knownValues?: RawEnumValue[];
  /** Documented values that are the only ones allowed (enforced, unlike `knownValues`). */
  allowedValues?: RawEnumValue[];
  /** Constraint fields of this type the docs state but the vendor's model leaves open (clients check leniently). */
  openInModel?: string[];
  minimum?: number;
  maximum?: number;
  excluded?: number[];
  format?: "date-time" | "epoch-seconds" | "http-date";
  items?: RawTypeDef;
  minItems?: number;
  maxItems?: number;
  keys?: RawTypeDef;
  /** A map's value type, or an enum's values. */
  values?: RawTypeDef | RawEnumValue[];
  minEntries?: number;
  maxEntries?: number;
  members?: Record<string, RawMember>;
  /** Names of service-wide members (service.yaml `members:`) this structure has too. */
  include?: string[];
  verify?: RawVerifyMark;
}

export type RawLocation = "path" | "query" | "header" | "body";

export interface RawMember extends RawTypeDef {
  wireName?: string;
  location?: RawLocation;
  required?: boolean;
  default?: RawJson;
  deprecated?: boolean;
  source?: string;
}

export interface RawWirePayload {
  path?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: RawJson;
}

export interface RawErrorDef {
  status?: number;
  code?: string;
  documentation?: string;
  retryable?: boolean;
  appliesToAll?: boolean;
  members?: Record<string, RawMember>;
  example?: RawWirePayload;
  source?: string;
  verify?: RawVerifyMark;
}

export interface RawAuth {
  scheme: "sigv4" | "x-auth-token";
  signingName?: string;
  header?: string;
  documentation?: string;
}

/** A stored resource kind of the mock (service.yaml `resources:`). */
export interface RawResource {
  documentation?: string;
  /** Input member names whose values identify one instance; empty for a singleton. */
  key?: string[];
  /** The resource this one lives in (e.g. a Method lives in a Resource). */
  parent?: string;
  /** A key member the service generates on create, and the output member that carries it. */
  id?: { member: string; output: string };
  /** Instances that exist before any request; key members left out match any value. */
  initial?: Array<{ key?: Record<string, string>; value: RawJson }>;
}

export type RawResourceAction = "create" | "read" | "update" | "patch" | "delete" | "list" | "upsert";

/** An operation's action on a resource (operation file `resource:`). */
export interface RawOperationResource {
  name: string;
  action: RawResourceAction;
  notFoundError?: string;
  conflictError?: string;
  invalidPatchError?: string;
  readOnlyPaths?: string[];
  /** Output member -> input member whose value it carries, when their names differ. */
  echo?: Record<string, string>;
  /** list: the output member holding the page of instances. */
  items?: string;
}

export interface RawServiceFile {
  $schema?: string;
  service: string;
  name: string;
  title: string;
  documentation?: string;
  vendor: "aws" | "huawei";
  protocol: "aws-rest-json" | "huawei-rest-json";
  apiVersion?: string;
  auth: RawAuth;
  endpointPrefix?: string;
  unknownMembers?: { input?: "reject" | "allow"; output?: "reject" | "allow" };
  sources?: RawSource[];
  shapes?: Record<string, RawTypeDef>;
  /** Members shared by several operations (path members), declared once. */
  members?: Record<string, RawMember>;
  errors?: Record<string, RawErrorDef>;
  resources?: Record<string, RawResource>;
}

export interface RawExample {
  title: string;
  documentation?: string;
  request?: RawWirePayload;
  response?: { status?: number; headers?: Record<string, string>; body?: RawJson };
}

export interface RawHttp {
  method: "GET" | "PUT" | "POST" | "PATCH" | "DELETE" | "HEAD";
  path: string;
  successStatus?: number;
}

export interface RawOperationFile {
  $schema?: string;
  operation: string;
  title?: string;
  documentation?: string;
  sources?: RawSource[];
  http: RawHttp;
  input: RawTypeDef;
  /** Absent: the success answer has no body. */
  output?: RawTypeDef;
  errors?: Record<string, RawErrorDef | null>;
  examples?: RawExample[];
  shapes?: Record<string, RawTypeDef>;
  resource?: RawOperationResource;
  verify?: RawVerifyMark;
}
