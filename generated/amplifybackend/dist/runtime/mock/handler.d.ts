/**
 * The request path: route -> auth -> `Prefer` -> body -> wire decode ->
 * generated validator -> state -> response. Every failure becomes the
 * service's own error in its own wire format; nothing a client sends can
 * make the handler throw past its catch.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { MockServiceDefinition } from "./definition.js";
import { type SigV4Verifier } from "./sigv4.js";
export interface MockOptions {
    /** Remember resources between requests (default true). */
    stateful?: boolean;
    /** Largest accepted request body in bytes (default 1 MiB). */
    bodyLimit?: number;
    /** Deepest accepted JSON nesting (default 64). */
    maxDepth?: number;
    /** Most stored items per resource kind; the oldest go first (default 10000). */
    maxStateEntries?: number;
    /** When set, SigV4 signatures are checked with it (else only the presence of `Authorization`). */
    verifySigV4?: SigV4Verifier;
    /** One line per request: method, path, operation, status, milliseconds. */
    log?: (line: string) => void;
}
export declare const DEFAULT_BODY_LIMIT: number;
export declare const DEFAULT_MAX_DEPTH = 64;
export type MockHandler = ((req: IncomingMessage, res: ServerResponse) => void) & {
    /** Forget all stored resources. */
    reset(): void;
};
/** Builds the request listener for some services; throws at once on route clashes it cannot resolve. */
export declare function createMockHandler(defs: readonly MockServiceDefinition[], options?: MockOptions): MockHandler;
