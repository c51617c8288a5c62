/**
 * The resolved, normalized model (IR) every emitter reads.
 *
 * Built from the specs by `buildModel` (one builder per construct, no
 * judgement), then checked by the passes in `src/check/`; emitters never see
 * YAML. Lists are sorted (see `util/sort.ts`) and every generated name
 * (type, property, validator, client method, error class, client options,
 * service error) is decided here, so that no emitter invents one.
 */
import type {
  IrMember,
  IrShape,
  IrVerifyMark,
  JsonValue,
  SourceLocation,
  ValidatorNames,
} from "./shape-types.js";

export type * from "./shape-types.js";

export interface IrSource {
  title: string;
  file?: string;
  url?: string;
  covers?: string;
}

export interface IrWirePayload {
  path?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: JsonValue;
}

/** An error; its validator names (`validate<Name>Data`, ...) check its data (`typeName`). */
export interface IrError extends ValidatorNames {
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
  /** Where the error is declared (service.yaml) or overridden (operation file). */
  loc: SourceLocation;
  /** Fields the definition lacks (no status, or no code where one is needed); reported by `check/errors.ts`. */
  missing?: Array<"status" | "code">;
  /** Defined by an operation file, not declared in service.yaml. */
  opOnly?: boolean;
  /** `appliesToAll` written in an operation file, where it does not apply. */
  strayAppliesToAll?: SourceLocation;
}

export interface IrExample {
  title: string;
  documentation?: string;
  request?: IrWirePayload;
  response?: { status?: number; headers?: Record<string, string>; body?: JsonValue };
}

export type ResourceAction = "create" | "read" | "update" | "patch" | "delete" | "list" | "upsert";

/** A stored resource kind (service.yaml `resources:`), as the mock keeps it. */
export interface IrResource {
  name: string;
  documentation?: string;
  /** Input member names identifying one instance; empty for a singleton. */
  key: string[];
  parent?: string;
  /** A key member the service generates on create, and the output member carrying it. */
  id?: { member: string; output: string };
  /** Instances present from the start; key members left out match any value. */
  initial: Array<{ key: Record<string, string>; value: JsonValue }>;
  loc: SourceLocation;
  at: { parent?: SourceLocation; key: SourceLocation[]; id?: SourceLocation };
}

/** An operation's action on a resource (operation file `resource:`). */
export interface IrResourceAction {
  resource: string;
  action: ResourceAction;
  /** Error names, each one of the operation's errors (decided by the builder from the spec or defaults). */
  notFoundError?: string;
  conflictError?: string;
  invalidPatchError?: string;
  readOnlyPaths: string[];
  /** Output member <- input member whose value it carries, sorted by output member. */
  echo: Array<{ output: string; input: string; loc: SourceLocation }>;
  /** list: the output member holding the instances. */
  items?: string;
  loc: SourceLocation;
  at: Partial<Record<"resource" | "action" | "notFoundError" | "conflictError" | "invalidPatchError" | "items", SourceLocation>>;
}

export type HttpMethod = "GET" | "PUT" | "POST" | "PATCH" | "DELETE" | "HEAD";

export type PathSegment = { literal: string } | { label: string; greedy: boolean; loc: SourceLocation };

export interface IrHttp {
  method: HttpMethod;
  /** Path template as written, e.g. `/restapis/{restapi_id}/resources`. */
  path: string;
  /** The template split into literal and label segments, in order. */
  segments: PathSegment[];
  successStatus: number;
  loc: SourceLocation;
  pathLoc: SourceLocation;
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
  /** Where the input and output are given (their `ref:` when they refer to a declared shape). */
  at: { input: SourceLocation; output?: SourceLocation; inputIsRef: boolean; outputIsRef: boolean };
  /** Name of the output structure shape; undefined when the success answer has no body. */
  output?: string;
  /** Errors the operation can answer, resolved (service-wide ones included), sorted by name. */
  errors: IrError[];
  examples: IrExample[];
  resource?: IrResourceAction;
  verify?: IrVerifyMark;
  /** The operation file (for generated headers and reports). */
  file: string;
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

/** Every package-level name a service's generated code declares besides its shapes, errors and operations. */
export interface IrServiceNames {
  /** npm package name, e.g. `@opforge/apigateway`. */
  packageName: string;
  /** Client class, e.g. `ApiGatewayClient`. */
  client: string;
  /** Options interface of the client, e.g. `ApiGatewayClientOptions`. */
  clientOptions: string;
  /** Base class of the service's errors, e.g. `ApiGatewayServiceError`. */
  serviceError: string;
  /** The mock's start function, e.g. `startApiGatewayMock`. */
  startMock: string;
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
  names: IrServiceNames;
  /** All named shapes (inputs, outputs, nested), sorted by name. */
  shapes: IrShape[];
  /** Service-wide members (service.yaml `members:`), sorted by name. */
  members: IrMember[];
  /** Sorted by name. */
  operations: IrOperation[];
  /** Every error of the service (service-wide and operation-specific), sorted by name. */
  errors: IrError[];
  /** Sorted by name. */
  resources: IrResource[];
  /** Spec files this service was built from, as `<specs folder name>/<service>/<file>`, sorted. */
  files: string[];
  /** The folder the service was read from (must equal `id`; checked). */
  folder: string;
  loc: SourceLocation;
  /** Where `service:` is written. */
  idLoc: SourceLocation;
}

export interface IrModel {
  /** Sorted by id. */
  services: IrService[];
}
