/** Member values in paths, query strings and headers: text by type, and back. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fromHeaderText, fromText, headerText, queryTexts, quoteHeader, scalarText, splitHeader } from "../../../src/runtime/protocol/http-text.js";
import { formatTimestamp, httpDate } from "../../../src/runtime/protocol/timestamp.js";
import type { TypeModel } from "../../../src/runtime/table/model.js";

const string: TypeModel = { kind: "string" };
const integer: TypeModel = { kind: "integer" };
const list = (items: TypeModel): TypeModel => ({ kind: "list", items });
const httpDateType: TypeModel = { kind: "timestamp", format: "http-date" };

describe("text -> typed values", () => {
  it("converts path, query and header text to the member's type when it parses, else keeps the text", () => {
    expect(fromText("42", integer)).toBe(42);
    expect(fromText("x", integer)).toBe("x");
    expect(fromText(" ", integer)).toBe(" ");
    expect(fromText("Infinity", { kind: "double" })).toBe("Infinity");
    expect(fromText("true", { kind: "boolean" })).toBe(true);
    expect(fromText("yes", { kind: "boolean" })).toBe("yes");
    expect(fromText("10", { kind: "timestamp", format: "epoch-seconds" })).toBe(10);
    expect(fromText("2024-05-06T07:08:09Z", { kind: "timestamp", format: "date-time" })).toBe("2024-05-06T07:08:09Z");
    expect(fromText("10", string)).toBe("10");
  });
});

describe("typed values -> text", () => {
  it("writes scalars, and Dates per the member's timestamp format", () => {
    const d = new Date("2024-05-06T07:08:09Z");
    expect(scalarText(7, integer)).toBe("7");
    expect(scalarText(false, { kind: "boolean" })).toBe("false");
    expect(scalarText(d, { kind: "timestamp", format: "date-time" })).toBe("2024-05-06T07:08:09Z");
    expect(scalarText(d, { kind: "timestamp", format: "epoch-seconds" })).toBe("1714979289");
    expect(scalarText(d, httpDateType)).toBe("Mon, 06 May 2024 07:08:09 GMT");
    expect(() => scalarText({ a: 1 }, string)).toThrow(/cannot put a object/);
  });

  it("formats Dates like the AWS SDK v3 (no .000, fractional epoch seconds)", () => {
    expect(formatTimestamp(new Date("2024-05-06T07:08:09.250Z"), "date-time")).toBe("2024-05-06T07:08:09.250Z");
    expect(formatTimestamp(new Date("2024-05-06T07:08:09.250Z"), "epoch-seconds")).toBe(1714979289.25);
    expect(formatTimestamp("as given", "date-time")).toBe("as given");
    expect(() => formatTimestamp(new Date(NaN), "date-time")).toThrow(/invalid Date/);
    expect(httpDate(new Date("2024-01-05T00:00:03Z"))).toBe("Fri, 05 Jan 2024 00:00:03 GMT");
  });

  it("repeats list members in the query, leaving null items out", () => {
    expect(queryTexts(["a", null, "b"], list(string))).toEqual(["a", "b"]);
    expect(queryTexts(3, integer)).toEqual(["3"]);
  });
});

describe("header lists", () => {
  it("quote items holding commas or quotes, as @smithy/core does", () => {
    expect(headerText(["a", "b,c", 'd"e'], list(string))).toBe('a, "b,c", "d\\"e"');
    expect(quoteHeader("a\\b,c")).toBe('"a\\\\b,c"');
    expect(headerText(["Mon, 06 May 2024 07:08:09 GMT", "Tue, 07 May 2024 07:08:09 GMT"], list(httpDateType))).toBe("Mon, 06 May 2024 07:08:09 GMT, Tue, 07 May 2024 07:08:09 GMT");
  });

  it("split back into the items, whatever they hold", () => {
    fc.assert(
      fc.property(fc.array(fc.string().filter((s) => s.trim() === s && s !== ""), { minLength: 1 }), (items) => {
        expect(splitHeader(headerText(items, list(string)))).toEqual(items);
      }),
    );
    expect(fromHeaderText("1, 2,3", list(integer))).toEqual([1, 2, 3]);
    expect(fromHeaderText("Mon, 06 May 2024 07:08:09 GMT, Tue, 07 May 2024 07:08:09 GMT", list(httpDateType))).toEqual(["Mon, 06 May 2024 07:08:09 GMT", "Tue, 07 May 2024 07:08:09 GMT"]);
    expect(splitHeader(' "a,b" , c')).toEqual(["a,b", "c"]);
  });
});
