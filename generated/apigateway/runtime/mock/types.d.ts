// Copied by opforge from src/runtime/mock/types.ts. DO NOT EDIT.
/**
 * What a generated `mock.js` and its callers see of the mock: a definition
 * per service (its table and its mock table), options, the handler and the
 * running server.
 */
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from "node:http";
import type { MockTable } from "../table/mock-types.js";
import type { ServiceTable } from "../table/types.js";
/** One service as a generated package describes it to the mock. */
export interface MockDefinition {
  service: ServiceTable;
  mock: MockTable;
}
/** A request as a signature verifier sees it. */
export interface SignedRequest {
  method: string;
  /** Host header as received. */
  host: string;
  /** Raw (still encoded) path. */
  path: string;
  /** Raw query string without `?`, or "". */
  query: string;
  headers: IncomingHttpHeaders;
  body: string;
}
/** Checks a request's signature; resolves to `undefined` when valid, else the reason. */
export type RequestVerifier = (request: SignedRequest) => Promise<string | undefined>;
/** How a mock handler behaves; every option has a default. */
export interface MockOptions {
  /** Remember resources between requests (default true). */
  stateful?: boolean;
  /** Largest accepted request body in bytes (default 1 MiB); also bounds a patched resource. */
  bodyLimit?: number;
  /** Deepest accepted JSON nesting (default 64); also bounds a patched resource. */
  maxDepth?: number;
  /**
   * Most stored resource instances, all services together (default 100 000).
   * Past it, or past `maxStateBytes`, the instances written longest ago are
   * forgotten first (a deleted instance that started in `initial` may then
   * come back).
   */
  maxResources?: number;
  /** Byte budget of stored instances, estimated from their JSON size (default 64 MiB). */
  maxStateBytes?: number;
  /**
   * Signature verifiers by auth scheme (`sigv4`: see `verify-sigv4.ts`).
   * Without one, only the presence of the scheme's credentials is checked.
   */
  verifiers?: Readonly<Partial<Record<string, RequestVerifier>>>;
  /** One line per request: method, path, operation, status, milliseconds. */
  log?: (line: string) => void;
}
/** A handler's options plus where the server listens. */
export interface ListenOptions extends MockOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
}
/** A `node:http` request listener serving some services. */
export interface MockHandler {
  (req: IncomingMessage, res: ServerResponse): void;
  /** Returns state to the initial instances. */
  reset(): void;
}
/** A mock server accepting connections. */
export interface RunningMock {
  /** e.g. `http://127.0.0.1:4010` */
  url: string;
  port: number;
  server: Server;
  handler: MockHandler;
  /** Returns state to the initial instances. */
  reset(): void;
  /** Stops listening and closes idle and open connections. */
  close(): Promise<void>;
}
