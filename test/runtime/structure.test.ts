/**
 * The runtime is compiled file by file and copied into each package only
 * as far as the package's imports reach. These checks keep that possible:
 * every file compiles alone (transpileModule / transpileDeclaration with
 * isolated declarations), imports are relative (plus `node:*` and the
 * SigV4 signer), there are no cycles, a Huawei package reaches no SigV4
 * code, a client reaches no mock code, and files stay small.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../../src/runtime");
const files = readdirSync(ROOT, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".ts"))
  .map((f) => f.split(path.sep).join("/"))
  .sort();
const source = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

/** Every import and re-export specifier of a file, type-only ones included (declarations keep them). */
function specifiers(file: string): string[] {
  return ts.preProcessFile(source(file), true, true).importedFiles.map((f) => f.fileName);
}

/** Relative imports resolved to runtime files (`./x.js` -> `dir/x.ts`). */
function localImports(file: string): string[] {
  return specifiers(file)
    .filter((s) => s.startsWith("."))
    .map((s) => path.posix.normalize(path.posix.join(path.posix.dirname(file), s)).replace(/\.js$/, ".ts"));
}

/** The files a package copies when it imports `entries`. */
function reachable(entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    localImports(f).forEach(visit);
  };
  entries.forEach(visit);
  return seen;
}

const AWS_CLIENT = ["client/core.ts", "client/errors.ts", "client/auth-sigv4.ts"];
const HUAWEI_CLIENT = ["client/core.ts", "client/errors.ts", "client/auth-token.ts"];
const MOCK = ["mock/index.ts"];
const VALIDATORS = ["shared/validation.ts"];

describe("runtime structure", () => {
  it("has the files a generated package imports", () => {
    for (const f of [...AWS_CLIENT, ...HUAWEI_CLIENT, ...MOCK, ...VALIDATORS, "mock/verify-sigv4.ts"]) expect(files).toContain(f);
  });

  it.each(files)("%s compiles alone, with isolated declarations", (file) => {
    const options: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, verbatimModuleSyntax: true };
    const js = ts.transpileModule(source(file), { fileName: file, compilerOptions: options, reportDiagnostics: true });
    expect(js.diagnostics ?? []).toEqual([]);
    const declarations = { ...options, declaration: true, isolatedDeclarations: true };
    const dts = ts.transpileDeclaration(source(file), { fileName: file, compilerOptions: declarations, reportDiagnostics: true });
    expect((dts.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
  });

  it("imports only runtime files, node builtins and (for SigV4) @smithy/signature-v4", () => {
    for (const file of files)
      for (const s of specifiers(file)) {
        const allowed = s.startsWith("./") || s.startsWith("../") || s.startsWith("node:") || s === "@smithy/signature-v4";
        expect(allowed, `${file} imports ${s}`).toBe(true);
        if (s.startsWith(".")) expect(s, `${file}: relative imports end in .js`).toMatch(/\.js$/);
      }
    for (const file of files) for (const f of localImports(file)) expect(files, `${file} imports ${f}`).toContain(f);
  });

  it("has no import cycles", () => {
    const state = new Map<string, "visiting" | "done">();
    const cycle: string[] = [];
    const visit = (f: string, trail: string[]): boolean => {
      if (state.get(f) === "done") return false;
      if (state.get(f) === "visiting") return cycle.push(...trail.slice(trail.indexOf(f)), f), true;
      state.set(f, "visiting");
      const found = localImports(f).some((g) => visit(g, [...trail, f]));
      state.set(f, "done");
      return found;
    };
    for (const f of files) if (visit(f, [])) break;
    expect(cycle).toEqual([]);
  });

  it("a Huawei package (client, mock, validators) reaches no SigV4 code", () => {
    const copied = reachable([...HUAWEI_CLIENT, ...MOCK, ...VALIDATORS]);
    const sigv4 = [...copied].filter((f) => /sigv4|sha256/.test(f) || specifiers(f).includes("@smithy/signature-v4"));
    expect(sigv4).toEqual([]);
  });

  it("a client reaches no mock code, and the mock reaches no client code", () => {
    expect([...reachable([...AWS_CLIENT, ...HUAWEI_CLIENT])].filter((f) => f.startsWith("mock/"))).toEqual([]);
    expect([...reachable(MOCK)].filter((f) => f.startsWith("client/"))).toEqual([]);
  });

  it("keeps every file at 300 lines or fewer", () => {
    const long = files.filter((f) => source(f).split("\n").length > 300);
    expect(long).toEqual([]);
  });
});
