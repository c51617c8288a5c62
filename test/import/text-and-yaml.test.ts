/** The importers' text plumbing: HTML to text, YAML rendering that round-trips, unified diffs. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { htmlToText } from "../../src/import/common/html-text.js";
import { decodeEntities } from "../../src/import/common/html-tree.js";
import { unifiedDiff } from "../../src/import/common/unified-diff.js";
import { renderDraft } from "../../src/import/common/yaml-render.js";
import { mergeServiceText } from "../../src/import/common/service-merge.js";
import type { RawOperationFile } from "../../src/spec/raw.js";

describe("htmlToText", () => {
  it("keeps paragraphs and list items, strips tags, decodes entities", () => {
    expect(
      htmlToText("<p>Add a method to an existing <a href='x'>Resource</a> resource.</p>"),
    ).toBe("Add a method to an existing Resource resource.");
    expect(
      htmlToText(
        "<p>Values:</p><ul><li><p><code>NONE</code> for open &amp; free</p></li><li>AWS_IAM<ul><li>nested</li></ul></li></ul><p>The method&#39;s &rsquo;x&#x2019;.</p>",
      ),
    ).toBe(
      "Values:\n\n- NONE for open & free\n- AWS_IAM\n  - nested\n\nThe method's \u2019x\u2019.",
    );
    expect(
      htmlToText("<fullname>Amazon API Gateway</fullname><p>Helps  developers\n deliver.</p>"),
    ).toBe("Helps developers deliver.");
    expect(htmlToText("<p>a<br/>b</p><note><p>careful</p></note>")).toBe("a\n\nb\n\ncareful");
  });
  it("tolerates unclosed and stray tags", () => {
    expect(htmlToText("<p>one<p>two</b></div><li>three")).toBe("one\n\ntwo\n\n- three");
  });
  it("leaves unknown entities and lone surrogates as written", () => {
    expect(decodeEntities("&bogus; &#xD800; &#65;")).toBe("&bogus; &#xD800; A");
  });
});

describe("renderDraft", () => {
  const file = (documentation: string): RawOperationFile => ({
    operation: "X",
    documentation,
    http: { method: "GET", path: "/x/{id}" },
    input: {
      type: "structure",
      members: { id: { type: "string", location: "path", required: true, documentation } },
    },
    errors: { BadRequestException: null },
  });

  it("round-trips any documentation text", () => {
    fc.assert(
      // YAML's own syntax characters, blanks and line breaks, and ordinary text.
      fc.property(
        fc.oneof(
          fc.string({
            unit: fc.constantFrom(
              "a",
              "b",
              " ",
              "  ",
              "\n",
              "\n\n",
              "- ",
              ":",
              "#",
              "'",
              '"',
              "\\",
              "\t",
              "é",
              "*",
              "/",
              "{",
              "}",
              "[",
              "]",
              "|",
              ">",
              "&",
              "!",
              "%",
              "@",
              "`",
              "\u2028",
              "\r",
            ),
            maxLength: 60,
          }),
          fc.string({ unit: "grapheme-composite", maxLength: 300 }),
        ),
        (doc) => {
          const data = file(doc);
          expect(parse(renderDraft({ path: "s/X.yaml", data, header: [], comments: [] }))).toEqual(
            data,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("writes the schema line, the header, comments before keys, and null errors as the hand-written specs do", () => {
    const text = renderDraft({
      path: "s/X.yaml",
      data: file("Line one.\n\n- a\n- b"),
      header: ["Drafted."],
      comments: [{ at: ["errors"], text: "two\nlines" }],
    });
    expect(text.split("\n").slice(0, 2)).toEqual([
      "# yaml-language-server: $schema=../../schema/spec-format.schema.json",
      "# Drafted.",
    ]);
    expect(text).toContain("# two\n# lines\nerrors:\n  BadRequestException:\n");
    expect(text).toContain("documentation: |-\n  Line one.\n\n  - a\n  - b\n");
  });

  it("quotes strings that other YAML readers take for dates, numbers or booleans", () => {
    const text = renderDraft({
      path: "s/service.yaml",
      data: {
        operation: "X",
        title: "2015-07-09",
        documentation: "yes",
        http: { method: "GET", path: "/" },
        input: { type: "structure", members: {} },
      },
      header: [],
      comments: [],
    });
    expect(text).toContain('title: "2015-07-09"');
    expect(text).toContain('documentation: "yes"');
  });
});

describe("mergeServiceText", () => {
  const existing =
    "service: s\n# a comment\nerrors:\n  A:\n    status: 400   # kept\n\nresources:\n  R: {}\n";
  it("adds entries at the end of their section and new sections at the end, keeping the text", () => {
    const out = mergeServiceText(existing, {
      errors: { B: { status: 404, code: "B" } },
      members: { id: { type: "string", location: "path", required: true } },
      comments: [],
    });
    expect(
      out.startsWith(
        "service: s\n# a comment\nerrors:\n  A:\n    status: 400   # kept\n  B:\n    status: 404\n    code: B\n\nresources:",
      ),
    ).toBe(true);
    expect(
      out.endsWith("members:\n  id:\n    type: string\n    location: path\n    required: true\n"),
    ).toBe(true);
    expect(parse(out)).toMatchObject({
      errors: { A: { status: 400 }, B: { status: 404 } },
      resources: { R: {} },
    });
  });
  it("changes nothing when there is nothing to add", () => {
    expect(mergeServiceText(existing, { comments: [] })).toBe(existing);
  });
});

describe("unifiedDiff", () => {
  const lines = (n: number) => Array.from({ length: n }, (_, i) => `line ${i}`);
  it("prints hunks with three lines of context, as diff -u does", () => {
    const a = `${lines(30).join("\n")}\n`;
    const b = a.replace("line 3\n", "line three\n").replace("line 20\n", "");
    expect(unifiedDiff(a, b, { from: "a", to: "b" })).toBe(
      [
        "--- a",
        "+++ b",
        "@@ -1,7 +1,7 @@",
        " line 0",
        " line 1",
        " line 2",
        "-line 3",
        "+line three",
        " line 4",
        " line 5",
        " line 6",
        "@@ -18,7 +18,6 @@",
        " line 17",
        " line 18",
        " line 19",
        "-line 20",
        " line 21",
        " line 22",
        " line 23",
        "",
      ].join("\n"),
    );
  });
  it("is empty for equal texts and applies back (property)", () => {
    expect(unifiedDiff("x\n", "x\n", { from: "a", to: "b" })).toBe("");
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("a", "b", "c", "d"), { maxLength: 25 }),
        fc.array(fc.constantFrom("a", "b", "c", "d"), { maxLength: 25 }),
        (x, y) => {
          const before = x.map((l) => `${l}\n`).join("");
          const after = y.map((l) => `${l}\n`).join("");
          expect(applyDiff(before, unifiedDiff(before, after, { from: "a", to: "b" }))).toBe(after);
        },
      ),
    );
  });
});

/** Applies a unified diff (from unifiedDiff) to `text`. */
function applyDiff(text: string, diff: string): string {
  if (!diff) return text;
  const src = text.split("\n").slice(0, -1);
  const out: string[] = [];
  let at = 0;
  for (const line of diff.split("\n").slice(2)) {
    const h = /^@@ -(\d+),(\d+) /.exec(line);
    if (h) {
      const start = Number(h[2]) === 0 ? Number(h[1]) : Number(h[1]) - 1;
      while (at < start) out.push(src[at++]!);
    } else if (line.startsWith(" ")) {
      out.push(src[at++]!);
    } else if (line.startsWith("-")) at++;
    else if (line.startsWith("+")) out.push(line.slice(1));
  }
  while (at < src.length) out.push(src[at++]!);
  return out.length ? `${out.join("\n")}\n` : "";
}
