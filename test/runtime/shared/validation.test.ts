/** The hand-written runtime the generated validators share. */
import ucs2length from "ajv/dist/runtime/ucs2length.js";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { codePointLength, invalid, keyToken, MAX_PROBLEMS, PATH, pathOf, pointerToken, problem, VALID } from "../../../src/runtime/shared/validation.js";

const ajvLength = (ucs2length as unknown as { default: (s: string) => number }).default ?? (ucs2length as unknown as (s: string) => number);

describe("codePointLength", () => {
  test("counts like ajv's ucs2length (JSON Schema lengths), lone surrogates included", () => {
    const units = fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: fc.integer({ min: 0xd7f0, max: 0xe010 }).map((c) => String.fromCharCode(c)) }));
    fc.assert(fc.property(units, (s) => codePointLength(s) === ajvLength(s)), { numRuns: 1000 });
  });

  test("examples", () => {
    expect(codePointLength("")).toBe(0);
    expect(codePointLength("abc")).toBe(3);
    expect(codePointLength("😀😀")).toBe(2);
    expect(codePointLength("\uD800")).toBe(1);
    expect(codePointLength("\uDC00\uD800")).toBe(2);
  });
});

describe("pointerToken", () => {
  test("escapes ~ before /, as RFC 6901 requires", () => {
    expect(pointerToken("plain")).toBe("plain");
    expect(pointerToken("a/b")).toBe("a~1b");
    expect(pointerToken("~1")).toBe("~01");
    expect(pointerToken("application/json~x")).toBe("application~1json~0x");
  });

  test("round-trips through RFC 6901 unescaping", () => {
    fc.assert(fc.property(fc.string(), (s) => pointerToken(s).replace(/~1/g, "/").replace(/~0/g, "~") === s));
  });
});

describe("PATH and pathOf", () => {
  test("joins the first depth tokens, numbers as indexes, then the leaf", () => {
    PATH[0] = "/responses";
    PATH[1] = keyToken("a/b~c");
    PATH[2] = 3;
    PATH[3] = "/stale";
    expect(pathOf(0)).toBe("");
    expect(pathOf(1)).toBe("/responses");
    expect(pathOf(3)).toBe("/responses/a~1b~0c/3");
    expect(pathOf(3, "/status")).toBe("/responses/a~1b~0c/3/status");
    expect(pathOf(2, 0)).toBe("/responses/a~1b~0c/0");
    expect(pathOf(0, keyToken("__proto__"))).toBe("/__proto__");
  });
});

describe("problems and results", () => {
  test("messages start with the path, (root) for the value itself", () => {
    expect(problem("/a/b", "type", "must be a string")).toEqual({ path: "/a/b", rule: "type", message: "/a/b: must be a string" });
    expect(problem("", "type", "must be an object").message).toBe("(root): must be an object");
  });

  test("invalid caps the list at MAX_PROBLEMS and says so", () => {
    const many = Array.from({ length: MAX_PROBLEMS + 5 }, (_, i) => problem(`/${i}`, "type", "x"));
    const r = invalid(many);
    expect(r.valid).toBe(false);
    expect(r.problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(r.problems.at(-1)!.rule).toBe("maxProblems");
    expect(invalid([problem("", "type", "x")]).problems).toHaveLength(1);
  });

  test("VALID is frozen", () => {
    expect(VALID).toEqual({ valid: true, problems: [] });
    expect(Object.isFrozen(VALID)).toBe(true);
    expect(Object.isFrozen(VALID.problems)).toBe(true);
  });
});
