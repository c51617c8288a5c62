/**
 * Model in, files out: runs every emitter on every service, adds the package
 * files, and formats the result with prettier. Pure apart from prettier's
 * CPU time: nothing is written here.
 */
import type { Emitter, GeneratedFile } from "../emit/shared/emitter.js";
import { EMITTERS } from "../emit/registry.js";
import { buildJs } from "./build-js.js";
import { buildKey, formatKey } from "./cache-keys.js";
import { cacheDir, MemoCache } from "./memo-cache.js";
import { formatPool, POOL_MIN_CHARS } from "./format-pool.js";
import { emitPackageFiles } from "../emit/package/emit-package.js";
import type { IrModel, IrService } from "../ir/types.js";
import { compareStrings } from "../util/sort.js";

/** Fixed options: output must not depend on a user's prettier config. */
export const PRETTIER_OPTIONS = { printWidth: 100, trailingComma: "all", singleQuote: false, proseWrap: "preserve" } as const;

const PARSERS: Record<string, string> = { ts: "typescript", json: "json", md: "markdown", yaml: "yaml", yml: "yaml" };

/** Services rendered at once by `renderModel`. */
const RENDER_CONCURRENCY = 2;

/** Prettier and the package build are pure and slow: memoized by content (see memo-cache.ts). */
const formatCache = new MemoCache(cacheDir("format"));
const buildCache = new MemoCache(cacheDir("build"));
/** Loaded on the first cache miss only: a run served from the cache does not pay for loading prettier. */
let prettier: Promise<typeof import("prettier")> | undefined;
const loadPrettier = () => (prettier ??= import("prettier"));

export interface RenderedService {
  service: IrService;
  /** Path relative to the output root (`<service id>/...`) -> contents. */
  files: Map<string, string>;
}

export async function renderService(service: IrService, model: IrModel, emitters: readonly Emitter[] = EMITTERS): Promise<RenderedService> {
  const emitted: GeneratedFile[] = [];
  for (const emitter of emitters) emitted.push(...emitter.emit(service, { model }));
  emitted.push(...emitPackageFiles(service, emitted));
  const seen = new Set<string>();
  for (const f of emitted) {
    if (seen.has(f.path)) throw new Error(`two emitters produced ${service.id}/${f.path}`);
    seen.add(f.path);
  }
  const formatted = await Promise.all(
    emitted.map(async (f) => [f.path, f.preformatted ? f.contents : await formatFile(f.path, f.contents)] as const),
  );
  // The package's JavaScript build (dist/), from the formatted sources.
  const built = await buildCache.get(buildKey(formatted, service.id), () => JSON.stringify([...buildJs(new Map(formatted), service.id)]));
  formatted.push(...(JSON.parse(built) as Array<[string, string]>));
  const files = new Map<string, string>();
  for (const [p, contents] of [...formatted].sort((a, b) => compareStrings(a[0], b[0]))) files.set(`${service.id}/${p}`, contents);
  return { service, files };
}

export async function renderModel(model: IrModel, emitters: readonly Emitter[] = EMITTERS): Promise<Map<string, string>> {
  const all = new Map<string, string>();
  // A few services in flight at a time: the main thread emits one while the
  // format workers work on another, and memory holds a few services' worth
  // of intermediate text, not the whole model's.
  const rendered: RenderedService[] = new Array(model.services.length);
  let next = 0;
  const lane = async () => {
    while (next < model.services.length) {
      const i = next++;
      rendered[i] = await renderService(model.services[i]!, model, emitters);
    }
  };
  await Promise.all(Array.from({ length: Math.min(RENDER_CONCURRENCY, model.services.length) }, lane));
  for (const r of rendered) for (const [p, c] of r.files) all.set(p, c);
  return all;
}

export async function formatFile(path: string, contents: string): Promise<string> {
  const ext = path.slice(path.lastIndexOf(".") + 1);
  const parser = PARSERS[ext];
  if (!parser) return contents;
  // With a `.ts` filepath prettier's typescript parser knows the file is not
  // JSX; without one it runs a JSX-sniffing regex that is quadratic on large files.
  const options = parser === "typescript" ? { ...PRETTIER_OPTIONS, parser, filepath: path } : { ...PRETTIER_OPTIONS, parser };
  return formatCache.get(formatKey(options, contents), async () => {
    const pool = contents.length >= POOL_MIN_CHARS ? formatPool() : undefined;
    return pool ? pool.format(contents, options) : (await loadPrettier()).format(contents, options);
  });
}
