/**
 * One service -> its package's files, each handed to `put` as soon as it is
 * printed: every registered emitter, then the package files (entry point,
 * package.json) and the runtime modules the emitted code imports. Only file
 * names and import lists are kept, not text. Pure apart from `put`.
 */
import { EMITTERS } from "../emit/registry.js";
import { emitPackage, type EmittedModule } from "../emit/package/emit-package.js";
import type { EmitContext, Emitter } from "../emit/shared/emitter.js";
import type { IrService } from "../ir/types.js";
import { StageTimer } from "./stage-timer.js";

export function renderService(
  service: IrService,
  ctx: EmitContext,
  put: (path: string, contents: string) => void,
  emitters: readonly Emitter[] = EMITTERS,
  timer: StageTimer = new StageTimer(),
): number {
  const emitted: EmittedModule[] = [];
  for (const emitter of emitters) {
    for (const f of timer.time(emitter.name, () => emitter.emit(service, ctx))) {
      put(`${service.id}/${f.path}`, f.contents);
      emitted.push({ path: f.path, runtimeImports: runtimeImports(f.path, f.contents) });
    }
  }
  const pkg = timer.time("package", () => emitPackage(service, emitted, ctx));
  for (const f of pkg) put(`${service.id}/${f.path}`, f.contents);
  return emitted.length + pkg.length;
}

/** Runtime module ids a generated module imports (`./runtime/client/core.js` -> `client/core`). */
function runtimeImports(path: string, text: string): string[] {
  if (!path.endsWith(".js") && !path.endsWith(".d.ts")) return [];
  return [...text.matchAll(/from "\.\/runtime\/([^"]+)\.js"/g)].map((m) => m[1]!);
}
