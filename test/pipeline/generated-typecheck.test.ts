/**
 * The generated packages of the spec set under test and of the fixtures are
 * sound as published: their `.d.ts` typecheck under the strictest options
 * (generated/tsconfig.json, `skipLibCheck: false`), and each module's
 * JavaScript loads in Node and exports exactly the values its `.d.ts`
 * declares, no more, no fewer (a declared class missing at run time, or an
 * undeclared export, both fail).
 *
 * One in-process TypeScript program over every package gives both the
 * diagnostics and the declared exports.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { beforeAll, describe, expect, test } from "vitest";
import { allEnvs } from "../support/env.js";

const REPO = path.resolve(import.meta.dirname, "../..");
const envs = allEnvs();

/** Every `.d.ts` under `dir`. */
function declarationFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".d.ts"))
    .map((f) => path.join(dir, f));
}

/** Whether an export resolves through a type-only alias (`export type { X }`), which has no value at run time. */
function isTypeOnly(symbol: ts.Symbol, checker: ts.TypeChecker): boolean {
  let s = symbol;
  for (let i = 0; i < 32 && s.flags & ts.SymbolFlags.Alias; i++) {
    for (const d of s.declarations ?? []) {
      if (ts.isExportSpecifier(d) && (d.isTypeOnly || d.parent.parent.isTypeOnly)) return true;
      if (ts.isImportSpecifier(d) && (d.isTypeOnly || d.parent.parent.isTypeOnly)) return true;
    }
    s = checker.getImmediateAliasedSymbol(s) ?? s;
    if (!(s.flags & ts.SymbolFlags.Alias)) break;
  }
  return false;
}

let program: ts.Program;
let diagnostics: string[];

beforeAll(() => {
  const config = ts.readConfigFile(path.join(REPO, "generated/tsconfig.json"), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, path.dirname(envs[0]!.generatedDir));
  const roots = envs.flatMap((e) => declarationFiles(e.generatedDir));
  program = ts.createProgram(roots, { ...options, noEmit: true });
  diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.formatDiagnostic(d, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => REPO, getNewLine: () => "\n" }));
}, 240_000);

test("every package's .d.ts typechecks under strict, with skipLibCheck off", () => {
  expect(program.getRootFileNames().length).toBeGreaterThan(0);
  expect(diagnostics).toEqual([]);
});

describe.each(envs)("$name", ({ generatedDir, model }) => {
  const packages = model.services.map((s) => s.id);

  test("has a package per service", () => {
    expect(readdirSync(generatedDir).filter((f) => !f.startsWith(".")).sort()).toEqual([...packages].sort());
  });

  describe.each(packages)("%s", (id) => {
    const pkgDir = path.join(generatedDir, id);
    const pkg = JSON.parse(readFileSync(path.join(pkgDir, "package.json"), "utf8")) as { exports: Record<string, string | { types: string; default: string }> };
    const modules = Object.values(pkg.exports).flatMap((e) => (typeof e === "string" ? [] : [e]));

    test("exports code modules, each with its .d.ts", () => {
      expect(modules.map((m) => m.default).sort()).toEqual(["./client.js", "./index.js", "./mock.js", "./service.js", "./types.js", "./validators.js"]);
      for (const m of modules) expect(m.types).toBe(m.default.replace(/\.js$/, ".d.ts"));
    });

    test.each(modules.map((m) => m.default))("%s loads and exports exactly the values its .d.ts declares", async (rel) => {
      const runtime = Object.keys((await import(pathToFileURL(path.join(pkgDir, rel)).href)) as object).sort();
      const checker = program.getTypeChecker();
      const source = program.getSourceFile(path.join(pkgDir, rel.replace(/\.js$/, ".d.ts")))!;
      const declared = checker
        .getExportsOfModule(checker.getSymbolAtLocation(source)!)
        .filter((s) => !isTypeOnly(s, checker))
        .filter((s) => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s).flags & ts.SymbolFlags.Value)
        .map((s) => s.name)
        .sort();
      expect(runtime).toEqual(declared);
    });
  });
});
