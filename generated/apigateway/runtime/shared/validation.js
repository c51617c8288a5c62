// Copied by opforge from src/runtime/shared/validation.ts. DO NOT EDIT.
/**
 * The small runtime every generated `validators.ts` imports: result types,
 * limits, and the helpers the straight-line checks call. The mock reads the
 * same result types when it answers 400.
 */
import { MAX_PROBLEMS } from "./limits.js";
export { MAX_DEPTH, MAX_ITEMS, MAX_PROBLEMS } from "./limits.js";
/** The one result every valid call returns: frozen, so no caller can change it for the next. */
export const VALID = Object.freeze({
  valid: true,
  problems: Object.freeze([]),
});
/**
 * Length in Unicode code points, as JSON Schema counts `minLength` and
 * `maxLength`: a surrogate pair is one character, a lone surrogate is one.
 */
export function codePointLength(s) {
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
/** One reference token of a JSON pointer: `~` -> `~0`, `/` -> `~1`. */
export function pointerToken(key) {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === 0x7e || c === 0x2f) return key.replace(/~/g, "~0").replace(/\//g, "~1");
  }
  return key;
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
export const PATH = [];
/** The JSON pointer of the first `depth` tokens of {@link PATH}, then `leaf` (same form) if given. */
export function pathOf(depth, leaf) {
  let s = "";
  for (let i = 0; i < depth; i++) {
    const t = PATH[i];
    s += typeof t === "number" ? "/" + t : t;
  }
  if (leaf !== undefined) s += typeof leaf === "number" ? "/" + leaf : leaf;
  return s;
}
/** `/` and the escaped key: the {@link PATH} token of a map key. */
export function keyToken(key) {
  return "/" + pointerToken(key);
}
/** A problem whose message is `<path or (root)>: <text>`. */
export function problem(path, rule, text) {
  return { path, rule, message: `${path === "" ? "(root)" : path}: ${text}` };
}
/** Wraps collected problems into a result, capping them at {@link MAX_PROBLEMS}. */
export function invalid(problems) {
  if (problems.length > MAX_PROBLEMS) {
    problems.length = MAX_PROBLEMS;
    problems.push(
      problem("", "maxProblems", `more than ${MAX_PROBLEMS} problems; the rest are not reported`),
    );
  }
  return { valid: false, problems };
}
