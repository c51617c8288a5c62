// Copied by opforge from src/runtime/table/model.ts. DO NOT EDIT.
/**
 * The indexed form of a {@link ServiceTable}, built once by
 * `decodeServiceTable` and read by the protocol modules, the client and the
 * mock. Everything a request needs is looked up here, never searched for.
 */
import type { PathTemplate } from "./path-template.js";
import type { ServiceTable, TableAuth, TableLocation, TableProtocol } from "./types.js";
/** A timestamp's wire format. */
export type TimestampFormat = "date-time" | "epoch-seconds" | "http-date";
/** A member's type, with structure references resolved to their model. */
export type TypeModel =
  | {
      readonly kind: "string" | "integer" | "long" | "float" | "double" | "boolean";
    }
  | {
      readonly kind: "timestamp";
      readonly format: TimestampFormat;
    }
  | {
      readonly kind: "structure";
      readonly shape: StructureModel;
    }
  | {
      readonly kind: "list";
      readonly items: TypeModel;
    }
  | {
      readonly kind: "map";
      readonly values: TypeModel;
    };
/** A member of a structure, error or operation input/output. */
export interface MemberModel {
  /** Documented name (the property in generated types). */
  readonly name: string;
  /** Name on the wire: JSON key, path label, query key or header name. */
  readonly wire: string;
  readonly location: TableLocation;
  readonly type: TypeModel;
  /** The wire name in lower case: how Node and `Headers` present header names. */
  readonly headerKey: string;
}
/** A structure with its members indexed. */
export interface StructureModel {
  readonly name: string;
  /** Every member, in declaration (wire) order. */
  readonly members: readonly MemberModel[];
  readonly byName: ReadonlyMap<string, MemberModel>;
  /** Body members by wire name. */
  readonly byWire: ReadonlyMap<string, MemberModel>;
  /** Members by location, each in declaration order (the order SDKs write bodies in). */
  readonly body: readonly MemberModel[];
  readonly headers: readonly MemberModel[];
  readonly query: readonly MemberModel[];
  readonly path: readonly MemberModel[];
  /**
   * True when the structure needs no renaming: body members only, each with
   * the same documented and wire name, all the way down.
   */
  readonly identity: boolean;
}
/** A documented error of the service. */
export interface ErrorModel {
  readonly name: string;
  readonly status: number;
  /** Service-wide vendor code; undefined when each operation gives its own. */
  readonly code: string | undefined;
  readonly retryable: boolean;
  /** Body and header members, as a structure named after the error. */
  readonly members: StructureModel;
}
/** An error as one operation answers it. */
export interface OperationErrorModel {
  readonly error: ErrorModel;
  /** The code this operation uses (its own, else the service-wide one). */
  readonly code: string | undefined;
}
/** An operation, its HTTP binding resolved. */
export interface OperationModel {
  readonly name: string;
  readonly method: string;
  /** The path template as written in the table. */
  readonly path: string;
  readonly template: PathTemplate;
  /** Documented success status. */
  readonly status: number;
  readonly input: StructureModel;
  readonly output: StructureModel | undefined;
  /** The input member bound to each label of the template, in template order. */
  readonly labels: readonly MemberModel[];
  readonly errors: readonly OperationErrorModel[];
  readonly errorsByName: ReadonlyMap<string, OperationErrorModel>;
  /** By the code this operation uses; errors without a code are not here. */
  readonly errorsByCode: ReadonlyMap<string, OperationErrorModel>;
}
/** A decoded service table. */
export interface ServiceModel {
  /** The table this model was decoded from. */
  readonly table: ServiceTable;
  readonly id: string;
  readonly name: string;
  readonly protocol: TableProtocol;
  readonly auth: TableAuth;
  readonly endpoint: string | undefined;
  readonly rejectUnknownInput: boolean;
  readonly structures: ReadonlyMap<string, StructureModel>;
  readonly operations: ReadonlyMap<string, OperationModel>;
  readonly errors: ReadonlyMap<string, ErrorModel>;
  /** By service-wide code. */
  readonly errorsByCode: ReadonlyMap<string, ErrorModel>;
}
