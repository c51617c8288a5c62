/**
 * The hand-written runtime (`src/runtime/`), compiled once: each module is
 * transpiled on its own (`transpileModule` for the JavaScript,
 * `transpileDeclaration` for the `.d.ts`, which `isolatedDeclarations`
 * makes possible) and formatted with prettier, then kept in one cache file
 * keyed by a hash of the sources and tool versions. `npm ci` builds it (the
 * `prepare` script); a run whose cache is stale (someone edited the
 * runtime) rebuilds it first. Generation itself never compiles TypeScript
 * or runs prettier: it copies these files.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { CACHE_DIR } from "../util/cache-dir.js";
import { REPO_ROOT } from "../util/repo-root.js";
import { PRETTIER_OPTIONS } from "../print/prettier-options.js";
import { compareStrings } from "../util/sort.js";

const REPO = REPO_ROOT;
const RUNTIME_DIR = path.join(REPO, "src", "runtime");
/** Bump when the build's output changes for the same sources. */
const BUILD_VERSION = "2";

/** One compiled runtime module. */
export interface RuntimeModule {
  /** Module id: its path under src/runtime without extension, e.g. `client/core`. */
  id: string;
  js: string;
  dts: string;
  /** Runtime modules it imports (ids), for the copier. */
  imports: string[];
  /** npm packages its JavaScript imports at run time (e.g. `@smithy/signature-v4`). */
  packages: string[];
}

export type RuntimeBuild = ReadonlyMap<string, RuntimeModule>;

let memo: { key: string; build: RuntimeBuild } | undefined;

/** The compiled runtime, from the cache when its sources are unchanged. */
export async function runtimeBuild(log?: (line: string) => void): Promise<RuntimeBuild> {
  const sources = readSources();
  const key = buildKey(sources);
  if (memo?.key === key) return memo.build;
  const file = path.join(CACHE_DIR, `runtime-${key.slice(0, 32)}.json`);
  let modules: RuntimeModule[] | undefined;
  try {
    modules = JSON.parse(readFileSync(file, "utf8")) as RuntimeModule[];
  } catch {
    log?.(`Compiling the runtime (${sources.size} modules, once per change of src/runtime/)…`);
    modules = await compile(sources);
    saveCache(file, modules);
  }
  const build = new Map(modules.map((m) => [m.id, m] as const));
  memo = { key, build };
  return build;
}

/** Keeps the build for the next run; a cache folder that can't be written (read-only checkout) only costs the next run a compile. */
function saveCache(file: string, modules: RuntimeModule[]): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(tmp, JSON.stringify(modules));
    renameSync(tmp, file);
  } catch {
    rmSync(tmp, { force: true });
  }
}

/** Module id -> TypeScript source, for every runtime module. */
function readSources(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string, prefix: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareStrings(a.name, b.name))) {
      if (e.isDirectory()) walk(path.join(dir, e.name), `${prefix}${e.name}/`);
      else if (e.name.endsWith(".ts") && !e.name.endsWith(".d.ts")) out.set(prefix + e.name.slice(0, -3), readFileSync(path.join(dir, e.name), "utf8"));
    }
  };
  walk(RUNTIME_DIR, "");
  return out;
}

function buildKey(sources: ReadonlyMap<string, string>): string {
  const require = createRequire(path.join(REPO, "package.json"));
  const versions = ["typescript", "prettier"].map((p) => (require(`${p}/package.json`) as { version: string }).version);
  const h = createHash("sha256").update(`${BUILD_VERSION}\0${versions.join("\0")}\0${JSON.stringify(PRETTIER_OPTIONS)}`);
  for (const [id, text] of sources) h.update(`\0${id}\0${text.length}\0${text}`);
  return h.digest("hex");
}

async function compile(sources: ReadonlyMap<string, string>): Promise<RuntimeModule[]> {
  const ts = (await import("typescript")).default;
  const prettier = await import("prettier");
  const options = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    declaration: true,
    isolatedDeclarations: true,
    verbatimModuleSyntax: true,
    removeComments: false,
  };
  const out: RuntimeModule[] = [];
  for (const [id, source] of sources) {
    const fileName = `src/runtime/${id}.ts`;
    const js = ts.transpileModule(source, { compilerOptions: options, fileName }).outputText;
    const declared = ts.transpileDeclaration(source, { compilerOptions: options, fileName });
    const problems = (declared.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    if (problems.length) throw new Error(`${fileName}: cannot emit declarations on its own (isolatedDeclarations): ${problems[0]}`);
    const header = `// Copied by opforge from src/runtime/${id}.ts. DO NOT EDIT.\n`;
    const format = (text: string, ext: string) => prettier.format(header + text, { ...PRETTIER_OPTIONS, filepath: `${id}${ext}` });
    const [jsText, dtsText] = await Promise.all([format(js, ".js"), format(declared.outputText, ".d.ts")]);
    const specifiers = (text: string) => ts.preProcessFile(text, true, false).importedFiles.map((f) => f.fileName);
    out.push({ id, js: jsText, dts: dtsText, imports: relativeImports(id, [...specifiers(jsText), ...specifiers(dtsText)]), packages: packageImports(specifiers(jsText)) });
  }
  return out;
}

/** Runtime module ids among the import specifiers of module `from` (`./x.js` -> `dir/x`). */
function relativeImports(from: string, specifiers: readonly string[]): string[] {
  const found = new Set<string>();
  for (const spec of specifiers) {
    if (!spec.startsWith("./") && !spec.startsWith("../")) continue;
    found.add(path.posix.normalize(path.posix.join(path.posix.dirname(from), spec.replace(/\.js$/, ""))));
  }
  return [...found].sort(compareStrings);
}

/** Bare package names among the JavaScript's import specifiers (type-only imports are gone from it). */
function packageImports(specifiers: readonly string[]): string[] {
  const found = new Set<string>();
  for (const spec of specifiers) {
    if (spec.startsWith(".") || spec.startsWith("node:")) continue;
    const parts = spec.split("/");
    found.add(spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!);
  }
  return [...found].sort(compareStrings);
}

/**
 * The one way the runtime reaches a package: the modules reachable from
 * `entries`, as `runtime/<id>.js` and `.d.ts` files, and the npm packages
 * they need at run time.
 */
export function runtimeFilesFor(build: RuntimeBuild, entries: readonly string[]): { files: Array<{ path: string; contents: string }>; packages: string[] } {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    const m = build.get(id);
    if (!m) throw new Error(`runtime module '${id}' does not exist (src/runtime/${id}.ts)`);
    seen.add(id);
    queue.push(...m.imports);
  }
  const files: Array<{ path: string; contents: string }> = [];
  const packages = new Set<string>();
  for (const id of [...seen].sort(compareStrings)) {
    const m = build.get(id)!;
    files.push({ path: `runtime/${id}.d.ts`, contents: m.dts }, { path: `runtime/${id}.js`, contents: m.js });
    m.packages.forEach((p) => packages.add(p));
  }
  return { files, packages: [...packages].sort(compareStrings) };
}
