/**
 * `startGeneratedMocks`: serves the mocks of generated packages
 * (`<generated>/<service>/mock.js`) on one port, through the runtime's
 * `startMock`. Used by `opforge mock`, the tests and the benchmark.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { REPO_ROOT } from "../util/repo-root.js";
import { startMock } from "../runtime/mock/index.js";
import type { MockDefinition, RunningMock } from "../runtime/mock/index.js";
import type { MockCredentials } from "../runtime/mock/verify-sigv4.js";
import { compareStrings } from "../util/sort.js";
import { DEFAULT_TEST_CREDENTIALS } from "./credentials.js";

export const DEFAULT_GENERATED_DIR = path.join(REPO_ROOT, "generated");

export interface StartMockOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Service ids (folders of the generated folder); default: every generated service with a mock. */
  services?: readonly string[];
  /** Where the generated packages are (default: the repository's `generated/`). */
  generatedDir?: string;
  /** Keep no state between requests (default false). */
  stateless?: boolean;
  /** Largest request body in bytes (default 1 MiB). */
  bodyLimit?: number;
  /** Deepest JSON nesting accepted (default 64). */
  maxDepth?: number;
  /** Most stored resources (default 100,000). */
  maxResources?: number;
  /** Check SigV4 signatures against `credentials` (default: presence of Authorization only). */
  verifySigV4?: boolean;
  /** Accepted credentials when verifying (default: DEFAULT_TEST_CREDENTIALS). */
  credentials?: readonly MockCredentials[];
  /** Request log sink, one line per request. */
  log?: (line: string) => void;
}

export interface StartedMock extends RunningMock {
  /** Ids of the services served. */
  services: string[];
}

/** The services that have a generated mock, sorted. */
export function availableServices(generatedDir = DEFAULT_GENERATED_DIR): string[] {
  if (!existsSync(generatedDir)) return [];
  return readdirSync(generatedDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(generatedDir, d.name, "mock.js")))
    .map((d) => d.name)
    .sort(compareStrings);
}

/** Loads each service's generated mock definition. */
export async function loadMockDefinitions(ids: readonly string[], generatedDir = DEFAULT_GENERATED_DIR): Promise<MockDefinition[]> {
  const defs: MockDefinition[] = [];
  for (const id of ids) {
    const file = path.join(generatedDir, id, "mock.js");
    if (!existsSync(file)) throw new Error(`no generated mock for service '${id}' (${file} is missing; run: npm run generate)`);
    const mod = (await import(pathToFileURL(file).href)) as { mockDefinition?: MockDefinition };
    if (!mod.mockDefinition) throw new Error(`${file} exports no 'mockDefinition'; regenerate with: npm run generate`);
    defs.push(mod.mockDefinition);
  }
  return defs;
}

export async function startGeneratedMocks(options: StartMockOptions = {}): Promise<StartedMock> {
  const generatedDir = options.generatedDir ?? DEFAULT_GENERATED_DIR;
  const available = availableServices(generatedDir);
  const ids = options.services?.length ? [...options.services] : available;
  const unknown = ids.filter((id) => !available.includes(id));
  if (unknown.length) throw new Error(`unknown service${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}; available: ${available.join(", ") || "(none: run npm run generate)"}`);
  if (ids.length === 0) throw new Error(`no generated services with a mock under ${generatedDir}; run: npm run generate`);
  const defs = await loadMockDefinitions(ids, generatedDir);
  // The signing library is loaded only when asked for: start-up stays fast without it.
  const sigv4 = options.verifySigV4
    ? (await import("../runtime/mock/verify-sigv4.js")).createSigV4Verifier(options.credentials ?? [DEFAULT_TEST_CREDENTIALS])
    : undefined;
  const running = await startMock(defs, {
    port: options.port ?? 0,
    host: options.host ?? "127.0.0.1",
    stateful: !options.stateless,
    bodyLimit: options.bodyLimit,
    maxDepth: options.maxDepth,
    maxResources: options.maxResources,
    verifiers: sigv4 ? { sigv4 } : undefined,
    log: options.log,
  });
  return Object.assign(running, { services: ids });
}
