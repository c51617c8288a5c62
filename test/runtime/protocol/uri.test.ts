/** Request URLs: percent-encoding like the AWS SDK v3, filled templates, query strings. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { extendedEncodeURIComponent as smithyEncode } from "@smithy/core/protocols";
import { encodeLabel, extendedEncodeURIComponent, fillPath, queryString } from "../../../src/runtime/protocol/uri.js";
import { parsePathTemplate } from "../../../src/runtime/table/path-template.js";

const fill = (template: string, labels: Record<string, string>) => fillPath(parsePathTemplate(template), labels);

describe("path label encoding", () => {
  it("encodes like @smithy/core's extendedEncodeURIComponent for any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        expect(extendedEncodeURIComponent(s)).toBe(smithyEncode(s));
      }),
    );
  });

  it("encodes RFC 3986 reserved characters encodeURIComponent leaves alone, keeps `~`", () => {
    expect(extendedEncodeURIComponent("a b/c!'()*~%ü")).toBe("a%20b%2Fc%21%27%28%29%2A~%25%C3%BC");
  });

  it("keeps `/` in greedy labels only", () => {
    expect(encodeLabel("a b/c", true)).toBe("a%20b/c");
    expect(encodeLabel("a b/c", false)).toBe("a%20b%2Fc");
  });

  it("fills templates and refuses missing or empty labels", () => {
    expect(fill("/r/{id}/k/{key+}", { id: "x y", key: "a/b" })).toBe("/r/x%20y/k/a/b");
    expect(() => fill("/r/{id}", {})).toThrow(/path label "id"/);
    expect(() => fill("/r/{id}", { id: "" })).toThrow(/missing or empty/);
  });

  it("does not read inherited properties as labels", () => {
    expect(() => fill("/r/{constructor}", {})).toThrow(/constructor/);
  });

  it("keeps the template's trailing slash, and `/` for the root", () => {
    expect(fill("/2015-03-31/functions/", {})).toBe("/2015-03-31/functions/");
    expect(fill("/", {})).toBe("/");
  });

  it("builds query strings in order with repeated keys", () => {
    expect(queryString([["a", "1"], ["a", "2 3"], ["b&", "="]])).toBe("a=1&a=2%203&b%26=%3D");
    expect(queryString([])).toBe("");
  });
});

describe("dot-segment labels", () => {
  it("refuses `.` and `..`, which fetch's URL parser would resolve to another resource", () => {
    expect(() => fill("/r/{id}/x", { id: ".." })).toThrow(/dot segment/);
    expect(() => fill("/r/{id}/x", { id: "." })).toThrow(/dot segment/);
    expect(() => fill("/r/{key+}", { key: "a/../b" })).toThrow(/dot segment/);
    expect(fill("/r/{id}", { id: "..." })).toBe("/r/...");
    expect(new URL("http://h" + fill("/r/{id}/x", { id: "a..b" })).pathname).toBe("/r/a..b/x");
  });
});
