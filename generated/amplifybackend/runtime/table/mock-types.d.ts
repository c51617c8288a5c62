// Copied by opforge from src/runtime/table/mock-types.ts. DO NOT EDIT.
/**
 * What a generated `mock.js` adds to the service table for the mock: the
 * validators it answers 400 with, a synthesized answer per operation, the
 * docs' examples, and the resource model it keeps state by. Plain data plus
 * the generated validator functions.
 */
import type { ValidationProblem } from "../shared/validation.js";
/** Plain JSON data. */
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | JsonValue[]
  | {
      [key: string]: JsonValue;
    };
/** A generated `validate<Name>` function (see `runtime/shared/validation.ts`). */
export type MockValidator = (value: unknown) => {
  valid: boolean;
  problems: readonly ValidationProblem[];
};
/** A request or answer as sent on the wire (wire names, text for path, query and headers). */
export interface MockWirePayload {
  path?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: JsonValue;
}
/** A documented request and its documented answer. */
export interface MockExample {
  title: string;
  request?: MockWirePayload;
  response?: {
    status?: number;
    headers?: Record<string, string>;
    body?: JsonValue;
  };
}
/** What an operation does to its resource. */
export type MockAction = "create" | "read" | "update" | "patch" | "delete" | "list" | "upsert";
/** An operation's action on a resource. */
export interface MockResourceAction {
  resource: string;
  action: MockAction;
  notFoundError?: string;
  conflictError?: string;
  invalidPatchError?: string;
  /** patch: JSON pointers a patch may neither change nor copy from. */
  readOnlyPaths?: readonly string[];
  /** Output member <- input member carrying its value, where the names differ. */
  echo?: Readonly<Record<string, string>>;
  /** list: the output member holding the instances. */
  items?: string;
}
/** A resource kind the mock keeps state of. */
export interface MockResource {
  /** Input member names identifying one instance, outermost first; empty for a singleton. */
  key: readonly string[];
  /**
   * The resource this one lives in: it must exist when some operation of the
   * same service creates it (action `create`); a parent nobody can create is
   * assumed to exist.
   */
  parent?: string;
  /** A key member the service generates on create, and the output member carrying it. */
  id?: {
    member: string;
    output: string;
  };
  /**
   * Instances present from the start (until deleted), values in documented
   * names; key members left out match any value. A singleton without one
   * starts as the answering operation's `sample`.
   */
  initial?: ReadonlyArray<{
    key?: Readonly<Record<string, string>>;
    value: JsonValue;
  }>;
}
/** The mock's data for one operation. */
export interface MockOperationData {
  /** Validator of the input (documented names). */
  validateInput: MockValidator;
  /** Validator of the output, when the operation has one. */
  validateOutput?: MockValidator;
  /** A valid answer (documented names) synthesized from the spec: the base of every answer. */
  sample?: JsonValue;
  examples?: readonly MockExample[];
  /**
   * The docs' example of an error as this operation answers it, in wire
   * form, where the operation documents its own (Huawei's 404 reads
   * `APIG.3081 ... authorizer` on one page, `APIG.3001 ... group` on another).
   * Falls back to the service-wide `MockTable.errorExamples`.
   */
  errorExamples?: Readonly<Record<string, MockWirePayload>>;
  resource?: MockResourceAction;
}
/** What a generated `mock.js` exports beside the service table. */
export interface MockTable {
  operations: Readonly<Record<string, MockOperationData>>;
  resources: Readonly<Record<string, MockResource>>;
  /** Documentation text of each error, used as its message when the docs give no example. */
  errorMessages?: Readonly<Record<string, string>>;
  /** The docs' example body of each error, in wire form. */
  errorExamples?: Readonly<Record<string, MockWirePayload>>;
}
