/**
 * The IR's value types: scalar and container types, members, named shapes.
 * See `types.ts` for the service-level model.
 */

/** A position in a spec file, 1-based, as printed in `file:line:col`. */
export interface SourceLocation {
  /** Path as reported in diagnostics (relative to the working directory when inside it). */
  file: string;
  line: number;
  col: number;
}

/** Facts `npm run verify` compares with a vendor's official service model. */
export type VerifyFact =
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

/** A deliberate, documented difference from the official model (spec field `verify`). */
export interface IrVerifyMark {
  ignore: VerifyFact[];
  reason: string;
}

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** One documented value of an enum or of an open string's `knownValues`. */
export interface IrEnumValue {
  value: string;
  documentation?: string;
  loc: SourceLocation;
}

/** A spec field the builder met where it does not apply; reported by `check/fields.ts`. */
export interface IrStrayField {
  field: string;
  /** The type keyword (or `ref`) it was found on. */
  on: string;
  loc: SourceLocation;
}

/** Where each constraint of a type was written, for reports about it. */
export type FieldLocations = Readonly<Partial<Record<string, SourceLocation>>>;

interface IrTypeBase {
  /** Where the type is written (the member or `items:`/`keys:`/`values:` key). */
  loc: SourceLocation;
  /** Positions of the constraint fields written on this type. */
  fields: FieldLocations;
  /** Fields written here that do not apply to the type. */
  stray?: IrStrayField[];
  /**
   * Constraint fields of this type that the vendor's docs state but its
   * official model leaves open (spec `openInModel:`), e.g. `allowedValues`,
   * `pattern`. Strict validators and the mock enforce them; a client's
   * lenient input check skips them, so that it never rejects a value the
   * service may accept tomorrow.
   */
  openInModel?: string[];
}

export type NumberKind = "integer" | "long" | "float" | "double";

export interface IrStringType extends IrTypeBase {
  kind: "string";
  minLength?: number;
  maxLength?: number;
  /** ECMAScript regex source, unanchored, compiled with the `u` flag. */
  pattern?: string;
  /**
   * Documented values. Open (spec `knownValues:`): documentation only, any
   * string passes. With `closed` (spec `allowedValues:`): the only values
   * allowed.
   */
  knownValues?: IrEnumValue[];
  /** The documented values are the only ones allowed (spec `allowedValues:`). */
  closed?: boolean;
}

export interface IrNumberType extends IrTypeBase {
  kind: NumberKind;
  minimum?: number;
  maximum?: number;
  /** Values inside the range that are not allowed, sorted ascending. */
  excluded?: number[];
}

export interface IrBooleanType extends IrTypeBase {
  kind: "boolean";
}

export type TimestampFormat = "date-time" | "epoch-seconds" | "http-date";

export interface IrTimestampType extends IrTypeBase {
  kind: "timestamp";
  format: TimestampFormat;
}

export interface IrListType extends IrTypeBase {
  kind: "list";
  items: IrType;
  minItems?: number;
  maxItems?: number;
}

export interface IrMapType extends IrTypeBase {
  kind: "map";
  /** A string type (possibly constrained) or a ref to an enum shape. */
  key: IrType;
  value: IrType;
  minEntries?: number;
  maxEntries?: number;
}

/** A reference to a named shape (structure or enum) of the same service. */
export interface IrRefType extends IrTypeBase {
  kind: "ref";
  name: string;
  /** What the referring place needs (checked by `check/refs.ts`). */
  expect?: "structure" | "map-key";
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
  /**
   * Declaration order within its structure (0-based). Lists are sorted by
   * name; this is the order the official SDKs write JSON bodies in.
   */
  order: number;
  default?: JsonValue;
  documentation?: string;
  deprecated?: boolean;
  source?: string;
  /** Name of the service-wide member this one was included from. */
  shared?: string;
  /** Deliberate differences from the official model, for `verify`. */
  verify?: IrVerifyMark;
  loc: SourceLocation;
  /** Locations the checks need: the member's own fields as written. */
  at: { location?: SourceLocation; wireName?: SourceLocation; default?: SourceLocation };
}

/** The validator functions generated for a shape. */
export interface ValidatorNames {
  /** `validate<Name>`: every problem. */
  validatorName: string;
  /** `is<Name>`: the type guard. */
  guardName: string;
  /** `check<Name>`: pass/fail only, the fast path. */
  checkName: string;
  /**
   * Operation inputs only: `validate<Name>Lenient`, what a client checks
   * before sending. Like `validate<Name>`, minus the rules the vendor's model
   * leaves open (`openInModel`).
   */
  lenientValidatorName?: string;
  /**
   * Operation inputs only: `validate<Name>Body` and `check<Name>Body`, for the
   * JSON request body as sent (body members, by wire name, nested structures
   * by wire name too), which is what a server receives.
   */
  bodyValidatorName?: string;
  bodyCheckName?: string;
}

export interface IrStructureShape extends ValidatorNames {
  kind: "structure";
  /** TypeScript type name, unique in the service. */
  name: string;
  documentation?: string;
  /** Sorted by name. */
  members: IrMember[];
  /** Where the shape is reachable from: an operation input, an output, an error. */
  usage: { input: boolean; output: boolean; error: boolean };
  /** Set for the top-level input or output structure of an operation. */
  root: "input" | "output" | null;
  /** Declared under `shapes:` (may be an operation's input or output by `ref:`). */
  declared: boolean;
  /** Included service-wide member names as written, with their positions (checked by `check/members.ts`). */
  includes: Array<{ name: string; loc: SourceLocation }>;
  verify?: IrVerifyMark;
  loc: SourceLocation;
}

export interface IrEnumShape extends ValidatorNames {
  kind: "enum";
  name: string;
  documentation?: string;
  /** In documented order (order carries meaning in docs). */
  values: IrEnumValue[];
  /** Name of the `const` array of the values, e.g. `IntegrationTypeValues`. */
  valuesConstName: string;
  verify?: IrVerifyMark;
  loc: SourceLocation;
}

export type IrShape = IrStructureShape | IrEnumShape;
