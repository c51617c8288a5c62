// Copied by opforge from src/runtime/table/types.ts. DO NOT EDIT.
/**
 * The service table: the one description of a service's operations, shapes
 * and errors that a generated package hands to the runtime. The generated
 * `service.js` exports one `ServiceTable`; the client and the mock read it
 * through the same decoder (`decodeServiceTable`), and each wire protocol
 * module reads the decoded model in both directions. Plain data, compact
 * but readable, so that diffs of `service.js` stay small.
 *
 * Mock-only facts (synthesized answers, examples, resources) are not here:
 * they travel in the generated `mock.js` (see `MockTable`), so a client
 * bundle does not carry them.
 */
/** A scalar type on the wire. Timestamps carry their wire format. */
export type ScalarType =
  | "string"
  | "integer"
  | "long"
  | "float"
  | "double"
  | "boolean"
  | "timestamp:date-time"
  | "timestamp:epoch-seconds"
  | "timestamp:http-date";
/**
 * A member's type: a scalar (enums are `"string"`), the name of a
 * structure in `ServiceTable.shapes` (structure names are PascalCase, scalars
 * are not, so they cannot be confused), a list or a map (string keys) of a type.
 */
export type TableType =
  ScalarType | string | readonly ["list", TableType] | readonly ["map", TableType];
/** Where a member travels. */
export type TableLocation = "path" | "query" | "header" | "body";
/**
 * A member: documented name, type, then only what differs from the
 * defaults: the wire name (default: the documented name) and the location
 * (default: `"body"`; giving a location repeats the wire name).
 */
export type TableMember =
  | readonly [name: string, type: TableType]
  | readonly [name: string, type: TableType, wire: string]
  | readonly [name: string, type: TableType, wire: string, location: TableLocation];
/** A documented error of the service. */
export interface TableError {
  status: number;
  /** Vendor code: AWS error type, Huawei `error_code`; absent when each operation gives its own. */
  code?: string;
  /** Throttling or transient: clients retry it. */
  retryable?: true;
  /** Body and header members, in wire order. */
  members: readonly TableMember[];
}
/** One operation's HTTP binding. */
export interface TableOperation {
  method: "GET" | "PUT" | "POST" | "PATCH" | "DELETE" | "HEAD";
  /**
   * Path template with `{label}` and greedy `{label+}` placeholders (wire
   * names). A label fills a whole segment, a greedy one is the last; a
   * trailing `/` is kept, and `?a=b` after the path is a literal query
   * sent before the member query.
   */
  path: string;
  /** Documented success status. */
  status: number;
  /** Input structure (in `shapes`). */
  input: string;
  /** Output structure; absent when the success answer has no body. */
  output?: string;
  /**
   * Errors the operation answers: an error name, or `[name, code]` where
   * this operation uses its own code (Huawei's 404 is APIG.3081 for authorizers).
   */
  errors: ReadonlyArray<string | readonly [name: string, code: string]>;
}
/** The wire protocol; each has one runtime module (`runtime/protocol/`). */
export type TableProtocol = "aws-rest-json" | "huawei-rest-json";
/** How requests authenticate: AWS SigV4 with a signing name, or a token header. */
export type TableAuth =
  | {
      scheme: "sigv4";
      signingName: string;
    }
  | {
      scheme: "x-auth-token";
      header: string;
    };
/** The one description of a service the runtime reads (see the file comment). */
export interface ServiceTable {
  /** Service id, e.g. `apigateway`. */
  id: string;
  /** PascalCase service name, e.g. `ApiGateway`. */
  name: string;
  title: string;
  protocol: TableProtocol;
  auth: TableAuth;
  /** Default endpoint, `{region}` standing for the client's region; absent when clients must name one (Huawei). */
  endpoint?: string;
  /** Whether request members the spec does not know are rejected (the mock reports them). */
  rejectUnknownInput: boolean;
  /** Structures by name; members in wire (declaration) order. */
  shapes: Readonly<Record<string, readonly TableMember[]>>;
  /** Documented errors by name. */
  errors: Readonly<Record<string, TableError>>;
  /** Operations by name. */
  operations: Readonly<Record<string, TableOperation>>;
}
