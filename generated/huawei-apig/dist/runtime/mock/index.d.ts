/** The mock-server runtime: a generated `mock.ts` describes a service, this serves it. */
export type * from "./definition.js";
export { createMockHandler, DEFAULT_BODY_LIMIT, DEFAULT_MAX_DEPTH, type MockHandler, type MockOptions, } from "./handler.js";
export { listenMock, type ListenOptions, type RunningMock } from "./server.js";
export { parseSigV4Authorization, sigV4Service, type SigV4Authorization, type SigV4Verifier, type SignedRequest, } from "./sigv4.js";
export { parsePrefer, type Preference } from "./prefer.js";
