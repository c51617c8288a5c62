/**
 * The hand-written client runtime (src/runtime/client/), copied verbatim into
 * each generated package under `src/runtime/client/`. A service gets only the
 * modules its auth scheme needs, so a Huawei package has no AWS dependency.
 */
import { readFileSync } from "node:fs";
import type { IrService } from "../../ir/types.js";
import type { GeneratedFile } from "../shared/emitter.js";

const COMMON = ["core.ts", "encode.ts", "errors.ts", "request.ts", "response.ts", "retry.ts", "schema.ts", "serde.ts"] as const;
const BY_SCHEME: Record<IrService["auth"]["scheme"], readonly string[]> = { sigv4: ["sigv4.ts"], "x-auth-token": ["token.ts"] };

const RUNTIME_DIR = new URL("../../runtime/client/", import.meta.url);
const cache = new Map<string, string>();

function source(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(name, RUNTIME_DIR), "utf8");
    cache.set(name, text);
  }
  return text;
}

export function runtimeModuleNames(service: IrService): string[] {
  return [...COMMON, ...BY_SCHEME[service.auth.scheme]].sort();
}

export function runtimeFiles(service: IrService): GeneratedFile[] {
  return runtimeModuleNames(service).map((name) => ({
    path: `src/runtime/client/${name}`,
    contents: `// Copied from opforge src/runtime/client/${name}. DO NOT EDIT.\n` + source(name),
    preformatted: true,
  }));
}
