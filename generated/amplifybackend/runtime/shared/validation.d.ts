// Copied by opforge from src/runtime/shared/validation.ts. DO NOT EDIT.
export { MAX_DEPTH, MAX_ITEMS, MAX_PROBLEMS } from "./limits.js";
/** One thing wrong with a value. */
export interface ValidationProblem {
  /** JSON pointer (RFC 6901, `~` and `/` escaped) to the offending value; `""` is the value itself. */
  path: string;
  /**
   * Which rule failed: `type`, `required`, `enum`, `minLength`, `maxLength`,
   * `pattern`, `format`, `minimum`, `maximum`, `excluded`, `minItems`,
   * `maxItems`, `minEntries`, `maxEntries`, `mapKey`, `unknownMember`,
   * `maxDepth` or `maxProblems`.
   */
  rule: string;
  /** `<path>: <what is expected>`, e.g. `/responses/THROTTLED/status: must be between 200 and 599 and not 444`; the root path reads `(root)`. */
  message: string;
}
/** The outcome of a `validate<Name>` call. */
export interface ValidationResult {
  valid: boolean;
  /** Every problem found, in document order; empty (and frozen) when `valid`. */
  problems: ValidationProblem[];
}
/** The one result every valid call returns: frozen, so no caller can change it for the next. */
export declare const VALID: ValidationResult;
/**
 * The one result every validator of a structure returns for a value that is
 * not an object at all (`null`, a string, an array): frozen and shared, as
 * {@link VALID} is.
 */
export declare const NOT_AN_OBJECT: ValidationResult;
/**
 * Length in Unicode code points, as JSON Schema counts `minLength` and
 * `maxLength`: a surrogate pair is one character, a lone surrogate is one.
 */
export declare function codePointLength(s: string): number;
/**
 * True for an RFC 3339 date-time with a time zone, with exactly the
 * semantics of ajv-formats' `date-time` (full mode), so that the validators
 * and a JSON Schema validator agree: real calendar dates (no 30 February;
 * 29 February in leap years), hours to 23, minutes and offsets in range, a
 * leap second only at 23:59 UTC; `T`, `t` or a space between date and time;
 * `Z`, `z` or an offset `+hh`, `+hhmm`, `+hh:mm`.
 */
export declare function isDateTime(s: string): boolean;
/** One reference token of a JSON pointer: `~` -> `~0`, `/` -> `~1`. */
export declare function pointerToken(key: string): string;
/**
 * The path from the root to the value being checked, one reference token
 * per depth: a member name or map key already escaped and prefixed with `/`
 * (`"/responses"`), or a list index as a number. Generated detail code writes
 * its token at its depth on the way down, so that no path string is built
 * unless a problem is reported. Shared by every validator of the package:
 * validation is synchronous, and each level writes its slot before any
 * deeper one is read. (A getter on a hand-made value that re-entered a
 * validator could garble a reported path, never a verdict; JSON data has no
 * getters.)
 */
export declare const PATH: Array<string | number>;
/** The JSON pointer of the first `depth` tokens of {@link PATH}, then `leaf` (same form) if given. */
export declare function pathOf(depth: number, leaf?: string | number): string;
/** `/` and the escaped key: the {@link PATH} token of a map key. */
export declare function keyToken(key: string): string;
/** A problem whose message is `<path or (root)>: <text>`. */
export declare function problem(path: string, rule: string, text: string): ValidationProblem;
/**
 * {@link problem} for generated code: `tail` is `": " + text`, joined at
 * generation time, so that a message costs one concatenation.
 */
export declare function fault(path: string, rule: string, tail: string): ValidationProblem;
/**
 * `check<Name>` of a structure with no members (an operation's body when
 * every input member travels elsewhere): an object, and where unknown
 * members are rejected, one with no own key.
 */
export declare function checkEmpty(value: unknown, reject: boolean): boolean;
/** `validate<Name>` of a structure with no members: as {@link checkEmpty}, each own key reported with `tail`. */
export declare function validateEmpty(
  value: unknown,
  reject: boolean,
  tail: string,
): ValidationResult;
/** Wraps collected problems into a result, capping them at {@link MAX_PROBLEMS}. */
export declare function invalid(problems: ValidationProblem[]): ValidationResult;
