/**
 * Patterns compiled to loops (src/emit/validators/pattern-code.ts) mean
 * exactly what the regex means in `u` mode: on random patterns of the
 * supported shape and random strings near them (astral characters, line
 * terminators, non-ASCII letters included), the loop and `RegExp#test` agree;
 * patterns outside the subset are left to the regex.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseSimplePattern, patternFunction } from "../../src/emit/validators/pattern-code.js";
import { printModule } from "../../src/print/js-statements.js";

function compile(pattern: string): ((s: string) => boolean) | undefined {
  const atoms = parseSimplePattern(pattern);
  if (!atoms) return undefined;
  const text = printModule([patternFunction("p", atoms)], "js");
  return new Function(`${text}\nreturn p;`)() as (s: string) => boolean;
}

const CLASSES = ["[A-Za-z]", "[A-Za-z0-9_-]", "[a-z]", "[0-9]", "\\d", "\\w", "[_]", "[.]", "[A-Z_]", "[\\-.]", "x", "\\.", "-", "_", "[a-f0-9]"];
const QUANTIFIERS = ["", "?", "*", "+", "{2}", "{1,3}", "{0,}", "{2,4}"];
const pattern = fc.array(fc.tuple(fc.constantFrom(...CLASSES), fc.constantFrom(...QUANTIFIERS)), { minLength: 1, maxLength: 4 }).map((atoms) => `^${atoms.map(([c, q]) => c + q).join("")}$`);
const CHARS = ["a", "Z", "0", "9", "_", "-", ".", "x", "f", "g", " ", "\n", "\u2028", "é", "😀", "\uD800", "ﬀ", "K", "ſ"];
const subject = fc.array(fc.constantFrom(...CHARS), { maxLength: 8 }).map((cs) => cs.join(""));

describe("simple patterns as loops", () => {
  test("agree with RegExp (u flag) on 50,000 pattern/string pairs", () => {
    let compiled = 0;
    fc.assert(
      fc.property(pattern, fc.array(subject, { minLength: 10, maxLength: 10 }), (p, strings) => {
        const fn = compile(p);
        if (!fn) return;
        compiled++;
        const re = new RegExp(p, "u");
        for (const s of strings) if (fn(s) !== re.test(s)) throw new Error(`${p} on ${JSON.stringify(s)}: loop ${fn(s)}, regex ${re.test(s)}`);
      }),
      { numRuns: 5000 },
    );
    expect(compiled).toBeGreaterThan(1200);
  });

  test("the specs' patterns that qualify, and the ones that do not", () => {
    expect(compile("^[A-Za-z0-9_-]+$")!("response_demo")).toBe(true);
    expect(compile("^[A-Za-z0-9_-]+$")!("bad name")).toBe(false);
    expect(compile("^[A-Za-z][A-Za-z0-9_]*$")!("1abc")).toBe(false);
    // Unanchored, alternation, groups, negated classes, overlapping repeats: the regex stays.
    for (const p of ["[1-5]\\d\\d", "^method\\.request\\.(querystring|path|header)\\..+$", "^[^a]+$", "^a+ab$", "^[a-z]+[a-z0-9]*$", "^.+$", "^é+$"]) {
      expect(parseSimplePattern(p), p).toBeUndefined();
    }
  });
});
