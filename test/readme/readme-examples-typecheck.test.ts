/**
 * The README's code is real code: the client setup and every operation's
 * usage example, taken from the rendered README, typecheck (strict) against
 * the generated package in generated/<service>/.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Lexer, type Tokens } from "marked";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderReadme } from "../../src/emit/readme/emit-readme.js";
import { compileSpecs } from "../../src/pipeline/compile-specs.js";
import { formatFile } from "../../src/pipeline/render-files.js";

const model = compileSpecs("specs").model;
const dir = mkdtempSync(path.join(os.tmpdir(), "opforge-readme-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Written {
  file: string;
  source: string;
  calls: number;
}

/** Writes one module per service: the README's client setup, then each usage example in a block. */
async function writeExamples(): Promise<Map<string, Written>> {
  const out = new Map<string, Written>();
  for (const service of model.services) {
    const md = await formatFile("README.md", renderReadme(service));
    const blocks = Lexer.lex(md, { gfm: true }).filter((t): t is Tokens.Code => t.type === "code" && t.lang === "ts").map((t) => t.text);
    const [setup, ...calls] = blocks;
    const entry = path.resolve("generated", service.id, "src", "index.js");
    const source =
      setup!.replace(`from "${service.packageName}"`, `from ${JSON.stringify(entry)}`) +
      "\n\nexport async function examples(): Promise<void> {\n" +
      calls.map((c) => `  {\n${c}\n    void result;\n  }`).join("\n") +
      "\n}\n";
    const file = path.join(dir, `${service.id}.mts`);
    writeFileSync(file, source);
    out.set(service.id, { file, source, calls: calls.length });
  }
  return out;
}

let written: Map<string, Written>;
let diagnostics: readonly ts.Diagnostic[];
beforeAll(async () => {
  written = await writeExamples();
  // One program for all services: the standard library is checked once.
  const program = ts.createProgram(
    [...written.values()].map((w) => w.file),
    {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
      types: ["node"],
      typeRoots: [path.resolve("node_modules/@types")],
    },
  );
  diagnostics = ts.getPreEmitDiagnostics(program);
});

describe("README code blocks typecheck against the generated package", () => {
  for (const service of model.services) {
    it(service.id, () => {
      const w = written.get(service.id)!;
      expect(w.calls).toBe(service.operations.length);
      const problems = diagnostics
        .filter((d) => !d.file || d.file.fileName === w.file)
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      expect(problems, w.source).toEqual([]);
    });
  }
});
