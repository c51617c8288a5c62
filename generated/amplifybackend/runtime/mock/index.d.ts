// Copied by opforge from src/runtime/mock/index.ts. DO NOT EDIT.
/**
 * The mock runtime a generated `mock.js` imports: `startMock` serves
 * definitions on a port, `createMockHandler` gives the bare request
 * listener. Signature verification lives apart (`verify-sigv4.ts`) so
 * that a mock carries signing code only when asked for.
 */
export { createMockHandler } from "./handler.js";
export { startMock } from "./server.js";
export { parsePrefer, type Preference } from "./prefer.js";
export { DEFAULT_MAX_RESOURCES, DEFAULT_MAX_STATE_BYTES } from "./state/store.js";
export { DEFAULT_BODY_LIMIT, MAX_DEPTH } from "../shared/limits.js";
export type {
  ListenOptions,
  MockDefinition,
  MockHandler,
  MockOptions,
  RequestVerifier,
  RunningMock,
  SignedRequest,
} from "./types.js";
