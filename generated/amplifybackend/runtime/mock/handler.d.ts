// Copied by opforge from src/runtime/mock/handler.ts. DO NOT EDIT.
import { type MockDefinition, type MockHandler, type MockOptions } from "./types.js";
/**
 * A request listener serving `definitions` on one port. Throws at once for
 * definitions it cannot serve (no services, an operation without mock data,
 * routes two services claim that requests cannot tell apart) and for
 * options out of range.
 */
export declare function createMockHandler(
  definitions: readonly MockDefinition[],
  options?: MockOptions,
): MockHandler;
