import fc from "fast-check";
import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { printJson, type JsonValue } from "../../src/print/json.js";
import { codeSpan, fencedCode, markdownPlain, markdownText } from "../../src/print/markdown.js";
import { numberLiteral, regexLiteral, stringLiteral } from "../../src/print/literals.js";
import { docComment, lineComment } from "../../src/print/comments.js";
import { hostileString } from "./arbitraries.js";
import { prettierFormat } from "./prettier-reference.js";

const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&#39;": "'" };
const decode = (html: string): string => html.replace(/&(lt|gt|amp|quot|#39);/g, (e) => ENTITIES[e] as string);

describe("random text", () => {
  it("string literals evaluate to the value and survive prettier", async () => {
    await fc.assert(
      fc.asyncProperty(hostileString, async (value) => {
        const literal = stringLiteral(value);
        const code = `x = ${literal};\n`;
        expect(await prettierFormat(code, "x.js")).toBe(code);
        expect(new Function(`return ${literal};`)()).toBe(value);
      }),
      { numRuns: 400 },
    );
  });

  it("numbers print as prettier prints them and keep their value", async () => {
    await fc.assert(
      fc.asyncProperty(fc.double({ noNaN: true, noDefaultInfinity: true, min: 0 }), async (n) => {
        const code = `x = ${numberLiteral(n)};\n`;
        expect(await prettierFormat(code, "x.js")).toBe(code);
        expect(new Function(`return ${numberLiteral(n)};`)()).toBe(n);
      }),
      { numRuns: 300 },
    );
  });

  it("comments cannot end early and survive prettier", async () => {
    await fc.assert(
      fc.asyncProperty(hostileString, hostileString, async (doc, line) => {
        const code = `${docComment(doc)}\nexport const a = 1;\n${lineComment(line)}\nexport const b = 2;\n`;
        expect(await prettierFormat(code, "x.js")).toBe(code);
        expect(Object.keys(await import(`data:text/javascript,${encodeURIComponent(code)}`)).sort()).toEqual(["a", "b"]);
      }),
      { numRuns: 200 },
    );
  });

  it("markdown text renders as the text and survives prettier, at line start and in list items", async () => {
    await fc.assert(
      fc.asyncProperty(hostileString, async (text) => {
        const escaped = markdownText(text);
        fc.pre(escaped !== "");
        const doc = `# Title ${escaped}\n\n${escaped}\n\n- ${escaped}\n- x ${escaped}\n\nText ${codeSpan(text.trim() === "" ? "x" : text)} end.\n\n${fencedCode("text", text)}\n`;
        expect(await prettierFormat(doc, "x.md")).toBe(doc);
        const html = marked.parseInline(escaped, { async: false }) as string;
        expect(html).not.toMatch(/<[a-z]/i);
        expect(decode(html)).toBe(markdownPlain(text));
      }),
      { numRuns: 600 },
    );
  });

  it("regex literals are valid and survive prettier", async () => {
    const sources = fc.constantFrom("a/b", "[/]", "\\/", "x\ny", "^\\d+$", "", "(?:a|b)*", "\\u2028", "[^/]+/");
    await fc.assert(
      fc.asyncProperty(sources, fc.subarray(["g", "i", "m", "s", "u", "y"]), async (source, flags) => {
        const literal = regexLiteral(source, [...flags].reverse().join(""));
        const code = `x = ${literal};\n`;
        expect(await prettierFormat(code, "x.js")).toBe(code);
        expect(String(new Function(`return ${literal};`)().source)).toBe(new RegExp(source, flags.join("")).source);
      }),
      { numRuns: 100 },
    );
  });
});

const jsonValue: fc.Arbitrary<JsonValue> = fc.letrec<{ v: JsonValue }>((tie) => ({
  v: fc.oneof(
    { maxDepth: 4, depthSize: "small" },
    fc.constant(null),
    fc.boolean(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    hostileString,
    fc.array(tie("v"), { maxLength: 6 }),
    fc.array(fc.integer(), { maxLength: 60 }),
    fc.array(hostileString, { maxLength: 8 }),
    fc.dictionary(hostileString, tie("v"), { maxKeys: 5 }),
  ),
})).v;

describe("random JSON", () => {
  it("prints exactly as prettier formats it and parses back to the value", async () => {
    await fc.assert(
      fc.asyncProperty(jsonValue, async (value) => {
        const out = printJson(value);
        expect(await prettierFormat(out, "x.json")).toBe(out);
        expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 600 },
    );
  });
});
