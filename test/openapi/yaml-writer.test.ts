/**
 * The OpenAPI YAML writer against the `yaml` package's parser: any JSON
 * object written and read back (as YAML 1.2 and as 1.1) is the same data.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { toYaml, type YamlData } from "../../src/emit/openapi/yaml-writer.js";

const roundTrip = (value: { [key: string]: YamlData }) => {
  const text = toYaml(value);
  const expected = JSON.parse(JSON.stringify(value));
  expect(parse(text, { version: "1.2" })).toEqual(expected);
  expect(parse(text, { version: "1.1" })).toEqual(expected);
};

const TRICKY = [
  "", " ", "a ", " a", "yes", "No", "ON", "off", "y", "n", "null", "~", "true", "FALSE", "2015-07-09", "2020-07-08T03:27:52.000+0000",
  "1", "-1", "1e3", ".5", "0x1F", "0o7", "1_000", "1:20", ".inf", "-.Inf", ".NaN", "<<", "=", "a: b", "a:", "a #b", "#a", "- a", "? a", "[a]", "{a}",
  "!tag", "&anchor", "*alias", "|", ">", "'q'", '"q"', "%x", "@x", "`x", "a\nb", "a\n", "a\n\n", "\na", " a\nb", "a\tb", "a\rb", "a\u2028b",
  "a\u2029b", "a\u0085b", "\ufeffa", "\u0000", "é", "😀", "__proto__", "constructor", "/restapis/{restapi_id}", "arn:aws:iam::1:role/x",
  "https://x.example/a?b=c#d", "E0", "e", "E1_0", "e+5", "method.request.{location}.{name}", "a\\b", "say \"hi\" and \"bye\"", "\"\"'", "a\n  b\n",
];

describe("toYaml", () => {
  it("round-trips tricky strings as keys and values", () => {
    for (const s of TRICKY) {
      roundTrip({ [s]: s });
      roundTrip({ list: [s, [s], { [s]: [s] }], nested: { deeper: { [s]: s } } });
    }
  });

  it("round-trips numbers, booleans, null and empty collections", () => {
    roundTrip({ a: 0, b: -1.5, c: 1e21, d: true, e: false, f: null, g: [], h: {}, i: [[], {}, [[1]], [{ x: [] }]] });
  });

  it("round-trips arbitrary JSON objects", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: "binary" }), fc.jsonValue()), (value) => roundTrip(value as { [key: string]: YamlData })),
      { numRuns: 300 },
    );
  });

  it("keeps the document readable: plain names, literal blocks for multi-line text", () => {
    expect(toYaml({ openapi: "3.1.0", info: { title: "API", version: "2015-07-09", description: "line 1\nline 2" }, paths: { "/a/{b}": {} } })).toBe(
      'openapi: "3.1.0"\ninfo:\n  title: API\n  version: "2015-07-09"\n  description: |-\n    line 1\n    line 2\npaths:\n  /a/{b}: {}\n',
    );
  });
});
