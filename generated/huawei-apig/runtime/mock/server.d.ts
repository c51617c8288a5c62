// Copied by opforge from src/runtime/mock/server.ts. DO NOT EDIT.
import type { ListenOptions, MockDefinition, RunningMock } from "./types.js";
/** Starts a server for `definitions` (several services may share the port); resolves once it accepts connections. */
export declare function startMock(
  definitions: readonly MockDefinition[],
  options?: ListenOptions,
): Promise<RunningMock>;
