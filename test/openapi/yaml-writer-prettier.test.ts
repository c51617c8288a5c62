/**
 * The YAML writer's output is already in prettier's form for any JSON data
 * (generation runs no prettier). Every generated openapi.yaml is checked by
 * test/pipeline/prettier-stable.test.ts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { format } from "prettier";
import { toYaml, type YamlData } from "../../src/emit/openapi/yaml-writer.js";
import { PRETTIER_OPTIONS } from "../../src/print/prettier-options.js";

const OPTIONS = { ...PRETTIER_OPTIONS, parser: "yaml" } as const;

describe("toYaml output is prettier-stable", () => {
  it("for arbitrary JSON objects", async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string({ unit: "binary" }), fc.jsonValue({ maxDepth: 3, stringUnit: "binary" })), async (value) => {
        const text = toYaml(value as { [key: string]: YamlData });
        expect(await format(text, OPTIONS)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
