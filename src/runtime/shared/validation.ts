/**
 * The small runtime every generated `validators.ts` imports: result types,
 * limits, and the helpers the straight-line checks call. The mock reads the
 * same result types when it answers 400.
 */
import { MAX_PROBLEMS } from "./limits.js";

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
export const VALID: ValidationResult = Object.freeze({
  valid: true,
  problems: Object.freeze([]) as unknown as ValidationProblem[],
});

/**
 * The one result every validator of a structure returns for a value that is
 * not an object at all (`null`, a string, an array): frozen and shared, as
 * {@link VALID} is.
 */
export const NOT_AN_OBJECT: ValidationResult = Object.freeze({
  valid: false,
  problems: Object.freeze([
    Object.freeze({ path: "", rule: "type", message: "(root): must be an object" }),
  ]) as unknown as ValidationProblem[],
});

/**
 * Length in Unicode code points, as JSON Schema counts `minLength` and
 * `maxLength`: a surrogate pair is one character, a lone surrogate is one.
 */
export function codePointLength(s: string): number {
  const len = s.length;
  let n = 0;
  let i = 0;
  while (i < len) {
    n++;
    const c = s.charCodeAt(i++);
    if (c >= 0xd800 && c <= 0xdbff && i < len && (s.charCodeAt(i) & 0xfc00) === 0xdc00) i++;
  }
  return n;
}

/** RFC 3339 date-time, split as ajv-formats splits it: date, `T`/`t`/whitespace, time, zone. */
const DATE_TIME = /^(\d\d\d\d)-(\d\d)-(\d\d)[Tt\s](\d\d):(\d\d):(\d\d(?:\.\d+)?)(?:[Zz]|([+-])(\d\d)(?::?(\d\d))?)$/;

/** Days per month in a common year (index 1 = January). */
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True for an RFC 3339 date-time with a time zone, with exactly the
 * semantics of ajv-formats' `date-time` (full mode), so that the validators
 * and a JSON Schema validator agree: real calendar dates (no 30 February;
 * 29 February in leap years), hours to 23, minutes and offsets in range, a
 * leap second only at 23:59 UTC; `T`, `t` or a space between date and time;
 * `Z`, `z` or an offset `+hh`, `+hhmm`, `+hh:mm`.
 */
export function isDateTime(s: string): boolean {
  const m = DATE_TIME.exec(s);
  if (m === null) return false;
  const year = +m[1]!;
  const month = +m[2]!;
  const day = +m[3]!;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (month < 1 || month > 12 || day < 1 || day > (month === 2 && leap ? 29 : DAYS[month]!)) return false;
  const hr = +m[4]!;
  const min = +m[5]!;
  const sec = +m[6]!;
  const sign = m[7] === "-" ? -1 : 1;
  const tzH = +(m[8] ?? 0);
  const tzM = +(m[9] ?? 0);
  if (tzH > 23 || tzM > 59) return false;
  if (hr <= 23 && min <= 59 && sec < 60) return true;
  // A leap second: 23:59:60 in UTC, whatever the offset (as ajv-formats computes it).
  const utcMin = min - tzM * sign;
  const utcHr = hr - tzH * sign - (utcMin < 0 ? 1 : 0);
  return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
}

/** One reference token of a JSON pointer: `~` -> `~0`, `/` -> `~1`. */
export function pointerToken(key: string): string {
  // Native searches: most keys have neither character, and a scan in JavaScript costs a loop per character.
  if (key.indexOf("~") === -1 && key.indexOf("/") === -1) return key;
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

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
export const PATH: Array<string | number> = [];

/** The JSON pointer of the first `depth` tokens of {@link PATH}, then `leaf` (same form) if given. */
export function pathOf(depth: number, leaf?: string | number): string {
  if (depth === 0) return leaf === undefined ? "" : typeof leaf === "number" ? "/" + leaf : leaf;
  let s = "";
  for (let i = 0; i < depth; i++) {
    const t = PATH[i]!;
    s += typeof t === "number" ? "/" + t : t;
  }
  if (leaf !== undefined) s += typeof leaf === "number" ? "/" + leaf : leaf;
  return s;
}

/** `/` and the escaped key: the {@link PATH} token of a map key. */
export function keyToken(key: string): string {
  return "/" + pointerToken(key);
}

/** A problem whose message is `<path or (root)>: <text>`. */
export function problem(path: string, rule: string, text: string): ValidationProblem {
  return { path, rule, message: `${path === "" ? "(root)" : path}: ${text}` };
}

/**
 * {@link problem} for generated code: `tail` is `": " + text`, joined at
 * generation time, so that a message costs one concatenation.
 */
export function fault(path: string, rule: string, tail: string): ValidationProblem {
  return { path, rule, message: (path === "" ? "(root)" : path) + tail };
}

/**
 * `check<Name>` of a structure with no members (an operation's body when
 * every input member travels elsewhere): an object, and where unknown
 * members are rejected, one with no own key.
 */
export function checkEmpty(value: unknown, reject: boolean): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  if (reject) for (const k in value) if (Object.prototype.hasOwnProperty.call(value, k)) return false;
  return true;
}

/** `validate<Name>` of a structure with no members: as {@link checkEmpty}, each own key reported with `tail`. */
export function validateEmpty(value: unknown, reject: boolean, tail: string): ValidationResult {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return NOT_AN_OBJECT;
  if (!reject) return VALID;
  const ps: ValidationProblem[] = [];
  for (const k in value) if (Object.prototype.hasOwnProperty.call(value, k)) ps.push(fault(keyToken(k), "unknownMember", tail));
  return ps.length === 0 ? VALID : invalid(ps);
}

/** Wraps collected problems into a result, capping them at {@link MAX_PROBLEMS}. */
export function invalid(problems: ValidationProblem[]): ValidationResult {
  if (problems.length > MAX_PROBLEMS) {
    problems.length = MAX_PROBLEMS;
    problems.push(
      problem("", "maxProblems", `more than ${MAX_PROBLEMS} problems; the rest are not reported`),
    );
  }
  return { valid: false, problems };
}
