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
import type {
  MockCredentials,
  MockDefinition,
  MockOptions,
  RequestVerifier,
  RunningMock,
} from "../runtime/mock/index.js";
import { compareStrings } from "../util/sort.js";
import { DEFAULT_TEST_CREDENTIALS } from "./credentials.js";

export const DEFAULT_GENERATED_DIR = path.join(REPO_ROOT, "generated");

/** What to serve and how; runtime options (limits, control API, chaos) pass through. */
export interface StartMockOptions extends Omit<MockOptions, "verifiers" | "stateful" | "log"> {
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
  /**
   * Check signatures against `credentials`: SigV4 for AWS services and
   * `SDK-HMAC-SHA256` (AK/SK) for Huawei ones (default: presence only).
   */
  verifySignatures?: boolean;
  /** Accepted key pairs when verifying (default: DEFAULT_TEST_CREDENTIALS). */
  credentials?: readonly MockCredentials[];
  /** Request log sink, one line per request. */
  log?: (line: string) => void;
}

/** A running mock and the services it serves. */
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
export async function loadMockDefinitions(
  ids: readonly string[],
  generatedDir = DEFAULT_GENERATED_DIR,
): Promise<MockDefinition[]> {
  const defs: MockDefinition[] = [];
  for (const id of ids) {
    const file = path.join(generatedDir, id, "mock.js");
    if (!existsSync(file))
      throw new Error(
        `no generated mock for service '${id}' (${file} is missing; run: npm run generate)`,
      );
    const mod = (await import(pathToFileURL(file).href)) as { mockDefinition?: MockDefinition };
    if (!mod.mockDefinition)
      throw new Error(`${file} exports no 'mockDefinition'; regenerate with: npm run generate`);
    defs.push(mod.mockDefinition);
  }
  return defs;
}

/** The signature verifiers for `credentials`; the signing code is loaded only when asked for. */
async function verifiers(
  credentials: readonly MockCredentials[],
): Promise<{ sigv4: RequestVerifier; aksk: RequestVerifier }> {
  const [{ createSigV4Verifier }, { createAkskVerifier }] = await Promise.all([
    import("../runtime/mock/verify-sigv4.js"),
    import("../runtime/mock/verify-aksk.js"),
  ]);
  return { sigv4: createSigV4Verifier(credentials), aksk: createAkskVerifier(credentials) };
}

/** Serves the generated mocks of `options.services` (default: all) on one port. */
export async function startGeneratedMocks(options: StartMockOptions = {}): Promise<StartedMock> {
  const {
    services,
    generatedDir: dir,
    stateless,
    verifySignatures,
    credentials,
    ...rest
  } = options;
  const generatedDir = dir ?? DEFAULT_GENERATED_DIR;
  const available = availableServices(generatedDir);
  const ids = services?.length ? [...services] : available;
  const unknown = ids.filter((id) => !available.includes(id));
  if (unknown.length)
    throw new Error(
      `unknown service${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}; ` +
        `available: ${available.join(", ") || "(none: run npm run generate)"}`,
    );
  if (ids.length === 0)
    throw new Error(
      `no generated services with a mock under ${generatedDir}; run: npm run generate`,
    );
  const defs = await loadMockDefinitions(ids, generatedDir);
  const running = await startMock(defs, {
    ...rest,
    port: options.port ?? 0,
    host: options.host ?? "127.0.0.1",
    stateful: !stateless,
    verifiers: verifySignatures
      ? await verifiers(credentials ?? [DEFAULT_TEST_CREDENTIALS])
      : undefined,
  });
  return Object.assign(running, { services: ids });
}
