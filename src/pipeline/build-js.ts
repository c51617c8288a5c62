/**
 * The JavaScript build of a generated package: every `src/**\/*.ts` becomes
 * `dist/**\/*.js` (ESM, esbuild's per-file TypeScript transform: fast, and
 * it keeps the code as written apart from the types) and
 * `dist/**\/*.d.ts`: per file with `ts.transpileDeclaration` when the module
 * satisfies `isolatedDeclarations` (fast), else through a declaration-only
 * program over the sources, held in memory (modules from any emitter may rely
 * on inferred types). Output depends only on the sources, so
 * `generate --check` stays exact.
 */
import { dirname, join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { transformSync } from "esbuild";
import { ts } from "ts-morph";

/** Repo root: the in-memory package sits under it so `node_modules` resolves (e.g. @smithy/signature-v4 types). */
const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const LIB_DIR = join(REPO_ROOT, "node_modules", "typescript", "lib");
const VIRTUAL_ROOT = join(REPO_ROOT, "generated", ".opforge-build");

const ISOLATED_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  declaration: true,
  isolatedDeclarations: true,
  removeComments: false,
  newLine: ts.NewLineKind.LineFeed,
};

const DTS_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ["lib.es2022.d.ts"],
  types: [],
  strict: true,
  declaration: true,
  emitDeclarationOnly: true,
  skipLibCheck: true,
  removeComments: false,
  newLine: ts.NewLineKind.LineFeed,
};

const JS_OPTIONS = { loader: "ts", format: "esm", target: "es2022", legalComments: "inline" } as const;

/** Runtime modules are the same in every package: build each text once per process. */
const built = new Map<string, string | undefined>();
const MEMO_LIMIT = 2000;
function memo(key: string, make: () => string | undefined): string | undefined {
  if (!built.has(key)) {
    // Bounded for long-lived processes (generate --watch): start over rather than grow.
    if (built.size >= MEMO_LIMIT) built.clear();
    built.set(key, make());
  }
  return built.get(key);
}

/** Library and dependency declaration files parsed once per process. */
const sharedSourceFiles = new Map<string, ts.SourceFile>();

/** Paths relative to the package -> contents of the build of `files`' `src/**\/*.ts`. */
export function buildJs(files: ReadonlyMap<string, string>, packageId = "pkg"): Map<string, string> {
  const sources = [...files].filter(([p]) => p.startsWith("src/") && p.endsWith(".ts") && !p.endsWith(".d.ts"));
  const out = new Map<string, string>();
  for (const [path, contents] of sources) {
    out.set("dist/" + path.slice(4, -3) + ".js", memo(`js\0${path}\0${contents}`, () => transformSync(contents, JS_OPTIONS).code)!);
  }
  const needProgram: string[] = [];
  for (const [path, contents] of sources) {
    const dts = memo(`dts\0${path}\0${contents}`, () => {
      const r = ts.transpileDeclaration(contents, { compilerOptions: ISOLATED_OPTIONS, fileName: path, reportDiagnostics: true });
      return r.diagnostics?.length ? undefined : r.outputText;
    });
    if (dts === undefined) needProgram.push(path);
    else out.set("dist/" + path.slice(4, -3) + ".d.ts", dts);
  }
  if (needProgram.length) {
    const built = reusedDeclarations(sources, needProgram, packageId);
    for (const path of needProgram) {
      const dts = built.get("dist/" + path.slice(4, -3) + ".d.ts");
      if (dts === undefined) throw new Error(`building ${packageId}/${path}: no declarations were emitted`);
      out.set("dist/" + path.slice(4, -3) + ".d.ts", dts);
    }
  }
  return out;
}

/**
 * Program results, keyed by the text of every source the roots can reach
 * through relative imports (a program over the roots sees nothing else):
 * a watch-mode edit to another module, or another package with the same
 * runtime modules, reuses them instead of building a program again.
 */
const programResults = new Map<string, Map<string, string>>();
const MAX_PROGRAM_RESULTS = 64;

function reusedDeclarations(sources: ReadonlyArray<readonly [string, string]>, roots: readonly string[], packageId: string): Map<string, string> {
  const reach = reachable(sources, roots);
  if (!reach) return declarations(sources, roots, packageId);
  const byPath = new Map(sources);
  const key = JSON.stringify([roots, reach.map((p) => [p, byPath.get(p)])]);
  let result = programResults.get(key);
  if (!result) {
    result = declarations(sources, roots, packageId);
    if (programResults.size >= MAX_PROGRAM_RESULTS) programResults.clear();
    programResults.set(key, result);
  }
  return result;
}

/** Sources reachable from `roots` by relative imports, sorted; undefined when an import does not resolve to one (then nothing is reused). */
function reachable(sources: ReadonlyArray<readonly [string, string]>, roots: readonly string[]): string[] | undefined {
  const byPath = new Map(sources);
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length) {
    const p = stack.pop()!;
    if (seen.has(p)) continue;
    const text = byPath.get(p);
    if (text === undefined) return undefined;
    seen.add(p);
    for (const imp of ts.preProcessFile(text, true, true).importedFiles) {
      if (!imp.fileName.startsWith(".")) continue; // packages: fixed by the lockfile
      stack.push(posix.normalize(posix.join(posix.dirname(p), imp.fileName)).replace(/\.js$/, ".ts"));
    }
  }
  return [...seen].sort();
}

/** Declarations of `roots` (and of what they import) from a program over the in-memory sources. */
function declarations(sources: ReadonlyArray<readonly [string, string]>, roots: readonly string[], packageId: string): Map<string, string> {
  const root = join(VIRTUAL_ROOT, packageId);
  const overlay = new Map(sources.map(([p, c]) => [join(root, p), c] as const));
  const options: ts.CompilerOptions = { ...DTS_OPTIONS, rootDir: join(root, "src"), outDir: join(root, "dist") };
  const host = ts.createCompilerHost(options, true);
  // ts-morph's bundled compiler keeps its lib files in memory; read them from the `typescript` package.
  host.getDefaultLibLocation = () => LIB_DIR;
  host.getDefaultLibFileName = (o) => join(LIB_DIR, ts.getDefaultLibFileName(o));
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (f) => overlay.get(f) ?? readFile(f);
  host.fileExists = (f) => overlay.has(f) || fileExists(f);
  const dirs = new Set([...overlay.keys()].flatMap((f) => ancestors(f, root)));
  const directoryExists = host.directoryExists?.bind(host);
  host.directoryExists = (d) => dirs.has(d) || (directoryExists ? directoryExists(d) : false);
  host.realpath = (p) => p;
  host.getSourceFile = (f, lang, onError) => {
    const text = overlay.get(f);
    if (text !== undefined) return ts.createSourceFile(f, text, lang, true);
    let sf = sharedSourceFiles.get(f);
    if (!sf) {
      sf = getSourceFile(f, lang, onError);
      if (sf) sharedSourceFiles.set(f, sf);
    }
    return sf;
  };
  const out = new Map<string, string>();
  host.writeFile = (f, text) => {
    out.set(f.slice(root.length + 1).split("\\").join("/"), text);
  };
  const program = ts.createProgram(roots.map((p) => join(root, p)).sort(), options, host);
  const result = program.emit();
  const problems = [...program.getOptionsDiagnostics(), ...program.getSyntacticDiagnostics(), ...result.diagnostics].filter(
    (d) => d.category === ts.DiagnosticCategory.Error,
  );
  if (problems.length) throw new Error(`building the declarations of ${packageId}:\n${problems.slice(0, 20).map(describe).join("\n")}`);
  return out;
}

/** Folders between `root` (included) and file `f`. */
function ancestors(f: string, root: string): string[] {
  const out: string[] = [];
  for (let d = dirname(f); d.length >= root.length; d = dirname(d)) out.push(d);
  return out;
}

function describe(d: ts.Diagnostic): string {
  const text = ts.flattenDiagnosticMessageText(d.messageText, "\n");
  if (!d.file || d.start === undefined) return `  ${text}`;
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
  return `  ${d.file.fileName}:${line + 1}:${character + 1} ${text}`;
}
