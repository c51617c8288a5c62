/**
 * The numeric and compound flags of `opforge mock`, checked and turned into
 * `startGeneratedMocks` options. Throws Error with the flag's name for a
 * value out of range (the command prints it with the help and exits 2).
 */
import type { StartMockOptions } from "./start-mock.js";

/** The raw values parseArgs gives for the mock command's flags. */
export interface MockFlagValues {
  port?: string;
  "verify-signatures"?: boolean;
  "verify-sigv4"?: boolean;
  "access-key-id"?: string;
  "secret-access-key"?: string;
  "body-limit"?: string;
  "max-depth"?: string;
  "max-resources"?: string;
  "max-state-bytes"?: string;
  "request-timeout"?: string;
  "no-control"?: boolean;
  journal?: string;
  latency?: string;
  "error-rate"?: string;
  seed?: string;
}

/** The options the flags ask for (port 4010 unless given). */
export function parseMockFlags(v: MockFlagValues): StartMockOptions & { port: number } {
  const port = int(v.port, "port", 0, 65535) ?? 4010;
  if ((v["access-key-id"] === undefined) !== (v["secret-access-key"] === undefined))
    throw new Error("--access-key-id and --secret-access-key go together");
  const options: StartMockOptions & { port: number } = {
    port,
    verifySignatures: Boolean(v["verify-signatures"] || v["verify-sigv4"]),
    bodyLimit: int(v["body-limit"], "body-limit", 1),
    maxDepth: int(v["max-depth"], "max-depth", 1),
    maxResources: int(v["max-resources"], "max-resources", 1),
    maxStateBytes: int(v["max-state-bytes"], "max-state-bytes", 1),
    requestTimeout: int(v["request-timeout"], "request-timeout", 100, 600_000),
    journalSize: int(v.journal, "journal", 0, 1_000_000),
    latency: latency(v.latency),
    errorRate: rate(v["error-rate"]),
    seed: int(v.seed, "seed", 0, 2 ** 32 - 1),
  };
  if (v["no-control"]) options.control = false;
  if (v["access-key-id"] !== undefined)
    options.credentials = [
      { accessKeyId: v["access-key-id"], secretAccessKey: v["secret-access-key"]! },
    ];
  return options;
}

function int(
  value: string | undefined,
  name: string,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max)
    throw new Error(`--${name} must be a whole number from ${min} to ${max}, got '${value}'`);
  return Number(value);
}

/** `MIN` or `MIN-MAX` milliseconds. */
function latency(value: string | undefined): [number, number] | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+)(?:-(\d+))?$/.exec(value);
  const [min, max] = m ? [Number(m[1]), Number(m[2] ?? m[1])] : [NaN, NaN];
  if (!(min <= max && max <= 60_000))
    throw new Error(
      `--latency must be MIN or MIN-MAX milliseconds (MIN <= MAX <= 60000), got '${value}'`,
    );
  return [min, max];
}

function rate(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const r = /^(0|1|0?\.\d+|1\.0*)$/.test(value) ? Number(value) : NaN;
  if (!(r >= 0 && r <= 1))
    throw new Error(`--error-rate must be a fraction from 0 to 1, got '${value}'`);
  return r;
}
