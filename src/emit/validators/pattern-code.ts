/**
 * Simple anchored patterns as plain loops instead of `RegExp#test`: a
 * pattern `^…$` made of ASCII characters and ASCII classes, each repeated
 * (`?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}`), such as `^[A-Za-z0-9_-]+$` or
 * `^[A-Za-z][A-Za-z0-9_]*$`. A loop over character codes costs a fraction
 * of a regex call for the short strings names are.
 *
 * Only where the loop means exactly what the regex means (in `u` mode):
 * every character is ASCII, so a matched character is one code unit and
 * one code point, and a surrogate never matches; and matching greedily
 * never needs to backtrack, because a repeated atom's characters cannot
 * start what follows it. Anything else keeps the regex.
 */
import { b, type Expr, type Stmt } from "./code.js";

/** A set of ASCII codes as sorted, disjoint, inclusive ranges. */
type CharSet = Array<[number, number]>;

interface Atom {
  set: CharSet;
  min: number;
  max: number; // Infinity for unbounded
}

const DIGIT: CharSet = [[48, 57]];
const WORD: CharSet = [[48, 57], [65, 90], [95, 95], [97, 122]];
const SPECIAL = new Set([..."^$\\.*+?()[]{}|/"]);

function normalize(ranges: CharSet): CharSet {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
  const out: CharSet = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

const disjoint = (a: CharSet, c: CharSet) => a.every(([lo, hi]) => c.every(([lo2, hi2]) => hi < lo2 || hi2 < lo));

/** One escape `\x` outside or inside a class: its set, or undefined when unsupported. */
function escapeSet(ch: string | undefined): CharSet | undefined {
  if (ch === "d") return DIGIT;
  if (ch === "w") return WORD;
  if (ch !== undefined && (SPECIAL.has(ch) || ch === "-")) return [[ch.charCodeAt(0), ch.charCodeAt(0)]];
  return undefined;
}

/** Parses `[...]` starting after `[`; returns the set and the index after `]`. */
function parseClass(p: string, start: number): [CharSet, number] | undefined {
  if (p[start] === "^") return undefined;
  const items: CharSet = [];
  let i = start;
  const single = (): [number, number] | CharSet | undefined => {
    const ch = p[i];
    if (ch === undefined || ch === "]") return undefined;
    if (ch === "\\") {
      const set = escapeSet(p[i + 1]);
      i += 2;
      return set;
    }
    i++;
    const code = ch.charCodeAt(0);
    return code < 128 ? [code, code] : undefined;
  };
  while (i < p.length && p[i] !== "]") {
    const first = single();
    if (first === undefined) return undefined;
    if (typeof first[0] !== "number") {
      items.push(...(first as CharSet));
      continue;
    }
    const [lo] = first as [number, number];
    if (p[i] === "-" && p[i + 1] !== "]" && p[i + 1] !== undefined) {
      i++;
      const second = single();
      if (second === undefined || typeof second[0] !== "number") return undefined;
      const hi = (second as [number, number])[0];
      if (hi < lo) return undefined;
      items.push([lo, hi]);
    } else items.push([lo, lo]);
  }
  if (p[i] !== "]" || items.length === 0) return undefined;
  return [normalize(items), i + 1];
}

/** Parses a quantifier at `i`: [min, max, next index]. */
function parseQuantifier(p: string, i: number): [number, number, number] | undefined {
  const ch = p[i];
  let q: [number, number, number] = [1, 1, i];
  if (ch === "?") q = [0, 1, i + 1];
  else if (ch === "*") q = [0, Infinity, i + 1];
  else if (ch === "+") q = [1, Infinity, i + 1];
  else if (ch === "{") {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i));
    if (!m) return undefined;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
    if (max < min) return undefined;
    q = [min, max, i + m[0].length];
  }
  // A lazy quantifier changes nothing for a whole-string match, but keep to the plain forms.
  if (p[q[2]] === "?" && q[2] !== i) return undefined;
  return q;
}

/** The atoms of `pattern`, or undefined when it is outside the supported subset. */
export function parseSimplePattern(pattern: string): Atom[] | undefined {
  if (!pattern.startsWith("^") || !pattern.endsWith("$") || pattern.endsWith("\\$")) return undefined;
  const p = pattern.slice(1, -1);
  const atoms: Atom[] = [];
  let i = 0;
  while (i < p.length) {
    const ch = p[i]!;
    let set: CharSet | undefined;
    if (ch === "[") {
      const parsed = parseClass(p, i + 1);
      if (!parsed) return undefined;
      [set, i] = parsed;
    } else if (ch === "\\") {
      set = escapeSet(p[i + 1]);
      i += 2;
    } else if (SPECIAL.has(ch) || ch.charCodeAt(0) >= 128) return undefined;
    else {
      set = [[ch.charCodeAt(0), ch.charCodeAt(0)]];
      i++;
    }
    if (!set) return undefined;
    const q = parseQuantifier(p, i);
    if (!q) return undefined;
    atoms.push({ set, min: q[0], max: q[1] });
    i = q[2];
  }
  // Greedy without backtracking is exact only if a repeated atom cannot eat what may come next.
  for (let a = 0; a < atoms.length; a++) {
    if (atoms[a]!.min === atoms[a]!.max) continue;
    for (let n = a + 1; n < atoms.length; n++) {
      if (!disjoint(atoms[a]!.set, atoms[n]!.set)) return undefined;
      if (atoms[n]!.min > 0) break;
    }
  }
  return atoms.length ? atoms : undefined;
}

/** `c` is in `set`. */
function inSet(c: Expr, set: CharSet): Expr {
  return b.chain(
    "||",
    set.map(([lo, hi]) => (lo === hi ? b.binary(c, "===", b.num(lo)) : b.binary(b.binary(c, ">=", b.num(lo)), "&&", b.binary(c, "<=", b.num(hi))))),
  );
}

/**
 * `function name(s)`: true when string `s` matches `pattern`, for a pattern
 * `parseSimplePattern` accepts.
 */
export function patternFunction(name: string, atoms: readonly Atom[]): Stmt {
  const s = b.id("s");
  const i = b.id("i");
  const n = b.id("n");
  const body: Stmt[] = [b.variable("const", "n", b.member(s, "length")), b.variable("let", "i", b.num(0))];
  atoms.forEach((atom, index) => {
    const start = b.id(`k${index}`);
    const taken = b.binary(i, "-", start);
    const test = atom.max === Infinity ? b.binary(i, "<", n) : b.binary(b.binary(i, "<", n), "&&", b.binary(taken, "<", b.num(atom.max)));
    body.push(
      b.variable("const", `k${index}`, i),
      b.forStmt(undefined, test, b.update("++", i), [
        b.variable("const", "c", b.call(b.member(s, "charCodeAt"), [i])),
        b.ifStmt(b.not(inSet(b.id("c"), atom.set)), [b.breakStmt]),
      ]),
    );
    if (atom.min > 0) body.push(b.ifStmt(b.binary(taken, "<", b.num(atom.min)), [b.ret(b.bool(false))]));
  });
  body.push(b.ret(b.binary(i, "===", n)));
  return b.fn(name, [b.param("s")], body);
}
