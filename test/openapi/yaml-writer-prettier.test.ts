/**
 * The writer's output is already in prettier's form: the pipeline's
 * formatting pass changes nothing in openapi.yaml (so it could be skipped).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { format } from "prettier";
import { renderOpenApi } from "../../src/emit/openapi/emit-openapi.js";
import { toYaml, type YamlData } from "../../src/emit/openapi/yaml-writer.js";
import { compileSpecs } from "../../src/pipeline/compile-specs.js";

const OPTIONS = { parser: "yaml", printWidth: 100, trailingComma: "all", singleQuote: false, proseWrap: "preserve" } as const;

describe("toYaml output is prettier-stable", () => {
  it("for every real and fixture OpenAPI document", async () => {
    for (const dir of ["specs", "test/fixtures/specs"]) {
      for (const service of compileSpecs(dir).model.services) {
        const text = renderOpenApi(service);
        expect(await format(text, OPTIONS), `${dir}/${service.id}`).toBe(text);
      }
    }
  });

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
