/** Formatting on worker threads gives the same bytes as in-process prettier, and reports errors. */
import { format } from "prettier";
import { describe, expect, it } from "vitest";
import { formatPool } from "../../src/pipeline/format-pool.js";

const OPTIONS = { printWidth: 100, trailingComma: "all", singleQuote: false, proseWrap: "preserve" } as const;

describe("formatPool", () => {
  it("formats TypeScript, JSON, Markdown and YAML exactly as prettier in-process", async () => {
    const pool = formatPool();
    expect(pool).toBeDefined();
    const samples: Array<[string, object]> = [
      [`export const a = { b: 1, c: [1,2,3], d: "x\\u2028" }; /** doc */ export interface X { y?: string }\n`, { parser: "typescript", filepath: "src/a.ts" }],
      [`{"a":1,"b":[1,2,{"c":"\`\${x}\`"}]}`, { parser: "json" }],
      [`# Title\n\n| a | b |\n|--|--|\n| 1 | 2 |\n\n* x\n* y\n`, { parser: "markdown" }],
      [`a:   1\nb: [1, 2]\nc:\n    - "d"\n`, { parser: "yaml" }],
    ];
    const results = await Promise.all(samples.map(([text, o]) => pool!.format(text, { ...OPTIONS, ...o })));
    for (let i = 0; i < samples.length; i++) {
      const [text, o] = samples[i]!;
      expect(results[i]).toBe(await format(text, { ...OPTIONS, ...o }));
    }
  });

  it("rejects with prettier's message on a syntax error, and keeps working", async () => {
    const pool = formatPool()!;
    await expect(pool.format("export const = ;", { ...OPTIONS, parser: "typescript", filepath: "b.ts" })).rejects.toThrow(/expected/i);
    expect(await pool.format("let  x=1", { ...OPTIONS, parser: "typescript", filepath: "c.ts" })).toBe("let x = 1;\n");
  });
});
