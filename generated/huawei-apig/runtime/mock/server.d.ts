// Copied by opforge from src/runtime/mock/server.ts. DO NOT EDIT.
import type { ListenOptions, MockDefinition, RunningMock } from "./types.js";
/**
 * Starts a server for `definitions` (several services may share the port);
 * resolves once it accepts connections. A request's head must arrive within
 * the request timeout (else the vendor's 408), and Node's own refusals
 * (malformed HTTP, oversized heads) are answered in the vendor's format.
 */
export declare function startMock(
  definitions: readonly MockDefinition[],
  options?: ListenOptions,
): Promise<RunningMock>;
