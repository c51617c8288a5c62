// Copied by opforge from src/runtime/mock/types.ts. DO NOT EDIT.
/**
 * What a generated `mock.js` and its callers see of the mock: a definition
 * per service (its table and its mock table), options, the handler and the
 * running server.
 */
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import type { MockTable } from "../table/mock-types.js";
import type { Protocol } from "../protocol/types.js";
import type { ServiceTable } from "../table/types.js";
import type { ChaosOptions } from "./control/chaos.js";
import type { FaultRules } from "./control/faults.js";
import type { Journal } from "./control/journal.js";
/**
 * How long a request may take to arrive (10 s): its head from the first
 * byte, its body from the end of the head. Past it the vendor's 408 answers
 * and the connection is closed.
 */
export declare const DEFAULT_REQUEST_TIMEOUT_MS = 10000;
/** One service as a generated package describes it to the mock. */
export interface MockDefinition {
  service: ServiceTable;
  mock: MockTable;
  /** The module of the service's wire protocol: passed in, so that a package carries only its own. */
  protocol: Protocol;
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
/** A key pair the mock accepts signatures of (AWS access key id / secret, Huawei AK / SK). */
export interface MockCredentials {
  accessKeyId: string;
  secretAccessKey: string;
}
/** Checks a request's signature; resolves to `undefined` when valid, else the reason. */
export type RequestVerifier = (request: SignedRequest) => Promise<string | undefined>;
/** How a mock handler behaves; every option has a default. */
export interface MockOptions extends ChaosOptions {
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
   * Signature verifiers by kind of credentials: `sigv4` (see
   * `verify-sigv4.ts`), `aksk` for Huawei's `SDK-HMAC-SHA256` (see
   * `verify-aksk.ts`). Without one, only the presence of credentials is
   * checked; Huawei tokens are never checked.
   */
  verifiers?: Readonly<Partial<Record<"sigv4" | "aksk", RequestVerifier>>>;
  /** Milliseconds a request's head, then its body, may take to arrive (default {@link DEFAULT_REQUEST_TIMEOUT_MS}). */
  requestTimeout?: number;
  /** Serve the control API and the inspector under `/__opforge/` (default true). */
  control?: boolean;
  /** Exchanges the journal keeps (default 1,000; 0 keeps none). */
  journalSize?: number;
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
  /** Returns state to the initial instances and clears the journal (fault rules stay). */
  reset(): void;
  /** Answers a request Node could not parse (the server's `clientError`) in the vendor's format. */
  clientError(error: Error, socket: Duplex): void;
  /** The request journal (`GET /__opforge/requests`). */
  readonly journal: Journal;
  /** The fault rules (`/__opforge/faults`). */
  readonly faults: FaultRules;
  /** The request timeout in effect, in milliseconds. */
  readonly requestTimeout: number;
}
/** A mock server accepting connections. */
export interface RunningMock {
  /** e.g. `http://127.0.0.1:4010` */
  url: string;
  port: number;
  server: Server;
  handler: MockHandler;
  /** Returns state to the initial instances and clears the journal. */
  reset(): void;
  /** Stops listening and closes idle and open connections. */
  close(): Promise<void>;
}
