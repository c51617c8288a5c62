/**
 * The READMEs' code is real code: in every generated package (spec set under
 * test and fixtures), the client setup with every operation's usage example,
 * and the mock setup, taken from README.md as written, typecheck (strict,
 * noUncheckedIndexedAccess) when the package is installed under its name:
 * each consumer imports `@opforge/<service>` and `@opforge/<service>/mock`
 * through the package's `exports`, as a user's project would.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Lexer, type Tokens } from "marked";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allEnvs } from "../support/env.js";

const REPO = path.resolve(import.meta.dirname, "../..");
const root = mkdtempSync(path.join(os.tmpdir(), "opforge-readme-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Consumer {
  files: string[];
  sources: string;
  examples: number;
}

/** A consumer project per spec set, the packages linked into its node_modules; one module per README part. */
function writeConsumers(): Map<string, Consumer> {
  const out = new Map<string, Consumer>();
  allEnvs().forEach((env, i) => {
    const dir = path.join(root, `set${i}`);
    mkdirSync(path.join(dir, "node_modules", "@opforge"), { recursive: true });
    for (const svc of env.model.services) {
      const pkgName = svc.names.packageName;
      symlinkSync(path.join(env.generatedDir, svc.id), path.join(dir, "node_modules", pkgName), "dir");
      const md = readFileSync(path.join(env.generatedDir, svc.id, "README.md"), "utf8");
      const blocks = Lexer.lex(md, { gfm: true }).filter((t): t is Tokens.Code => t.type === "code" && t.lang === "ts").map((t) => t.text);
      const setup = blocks.find((b) => b.includes(`new ${svc.names.client}(`) && !b.includes(svc.names.startMock))!;
      const mock = blocks.find((b) => b.includes(`${svc.names.startMock}(`))!;
      const examples = blocks.filter((b) => b !== setup && b !== mock);
      const client = `${setup}\n\nexport async function examples(): Promise<void> {\n${examples.map((c) => `  {\n${c}\n  }`).join("\n")}\n}\n`;
      const files = [path.join(dir, `${svc.id}-client.mts`), path.join(dir, `${svc.id}-mock.mts`)];
      writeFileSync(files[0]!, client);
      writeFileSync(files[1]!, `${mock}\nexport {};\n`);
      out.set(`${env.name}: ${svc.id}`, { files, sources: `${client}\n---\n${mock}`, examples: examples.length });
    }
  });
  return out;
}

let consumers: Map<string, Consumer>;
let diagnostics: readonly ts.Diagnostic[];
beforeAll(() => {
  consumers = writeConsumers();
  // One program for every consumer: the standard library is checked once.
  const program = ts.createProgram(
    [...consumers.values()].flatMap((c) => c.files),
    {
      strict: true,
      noUncheckedIndexedAccess: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ["lib.es2023.d.ts", "lib.dom.d.ts"],
      types: ["node"],
      typeRoots: [path.join(REPO, "node_modules/@types")],
    },
  );
  diagnostics = ts.getPreEmitDiagnostics(program);
}, 240_000);

const cases = allEnvs().flatMap((env) => env.model.services.map((svc) => ({ key: `${env.name}: ${svc.id}`, operations: svc.operations.length })));

describe("README code blocks typecheck against the installed package", () => {
  it.each(cases)("$key", ({ key, operations }) => {
    const c = consumers.get(key)!;
    expect(c.examples).toBe(operations);
    const problems = diagnostics
      .filter((d) => !d.file || c.files.includes(d.file.fileName))
      .map((d) => `${d.file ? path.basename(d.file.fileName) : ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    expect(problems, c.sources).toEqual([]);
  });
});
