import { type ListenOptions, type MockServiceDefinition, type RunningMock } from "./runtime/mock/index.js";
/**
 * Mock wiring for AmplifyBackend: routes, members, validators, examples, errors and state rules, read by the runtime in ./runtime/mock/.
 */
export declare const mock: MockServiceDefinition;
/**
 * Serves the AmplifyBackend mock over HTTP (127.0.0.1, a free port unless `port` is given).
 */
export declare function listen(options?: ListenOptions): Promise<RunningMock>;
