/**
 * The official AWS SDK for JavaScript v3 client of an AWS service of the
 * spec set, found by the service's name (`ApiGateway` ->
 * `@aws-sdk/client-api-gateway`, else the id: `@aws-sdk/client-amplifybackend`),
 * with a `Prefer` header added when asked for.
 */
import { createRequire } from "node:module";
import type { IrService } from "../../src/ir/types.js";
import { CREDENTIALS } from "./mock-http.js";

const require = createRequire(import.meta.url);

/** What a test uses of an SDK client. */
export interface SdkClient {
  send(command: unknown): Promise<Record<string, unknown>>;
  middlewareStack: { add(middleware: unknown, options: unknown): void };
  destroy(): void;
}

/** An SDK error as the v3 clients throw them. */
export type SdkError = Error & {
  $metadata: { httpStatusCode?: number; requestId?: string; attempts?: number };
  $fault: string;
  $retryable?: unknown;
};

/** A loaded SDK package: its module and client class. */
export interface Sdk {
  module: Record<string, unknown>;
  client(endpoint: string, options?: { prefer?: string; maxAttempts?: number }): SdkClient;
  command(operation: string, input: unknown): unknown;
  errorClass(name: string): new (...args: never[]) => Error;
}

function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
}

/** The SDK package of `service`; throws naming the packages tried. */
export function awsSdk(service: IrService): Sdk {
  const candidates = [...new Set([`@aws-sdk/client-${kebab(service.name)}`, `@aws-sdk/client-${service.id}`])];
  let module: Record<string, unknown> | undefined;
  for (const name of candidates) {
    try {
      module = require(name) as Record<string, unknown>;
      break;
    } catch {
      // try the next name
    }
  }
  if (!module) throw new Error(`no AWS SDK v3 package for ${service.id}: tried ${candidates.join(", ")}`);
  const clientName = Object.keys(module).find((k) => /^[A-Z]\w*Client$/.test(k) && !k.startsWith("__"));
  if (!clientName) throw new Error(`${candidates[0]} exports no client class`);
  const Client = module[clientName] as new (config: unknown) => SdkClient;
  return {
    module,
    client(endpoint, options = {}) {
      const c = new Client({ endpoint, region: "us-east-1", credentials: CREDENTIALS, maxAttempts: options.maxAttempts ?? 1 });
      const prefer = options.prefer;
      if (prefer)
        c.middlewareStack.add(
          (next: (args: { request: { headers: Record<string, string> } }) => unknown) => (args: { request: { headers: Record<string, string> } }) => {
            args.request.headers["prefer"] = prefer;
            return next(args);
          },
          { step: "build", name: "opforgePrefer" },
        );
      return c;
    },
    command(operation, input) {
      const Command = module[`${operation}Command`] as (new (input: unknown) => unknown) | undefined;
      if (!Command) throw new Error(`${candidates[0]} has no ${operation}Command`);
      return new Command(input);
    },
    errorClass(name) {
      const E = module[name] as (new (...args: never[]) => Error) | undefined;
      if (typeof E !== "function") throw new Error(`${candidates[0]} exports no error class ${name}`);
      return E;
    },
  };
}

/** Sends and returns the output, or the error thrown. */
export async function attempt(client: SdkClient, command: unknown): Promise<{ ok: true; output: Record<string, unknown> } | { ok: false; error: SdkError }> {
  try {
    return { ok: true, output: await client.send(command) };
  } catch (error) {
    return { ok: false, error: error as SdkError };
  }
}
