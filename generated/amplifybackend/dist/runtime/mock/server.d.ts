/** Serving mock handlers over `node:http`. */
import { type Server } from "node:http";
import type { MockServiceDefinition } from "./definition.js";
import { type MockOptions } from "./handler.js";
export interface ListenOptions extends MockOptions {
    /** 0 (default) picks a free port. */
    port?: number;
    /** Default 127.0.0.1. */
    host?: string;
}
export interface RunningMock {
    /** e.g. `http://127.0.0.1:4010` */
    url: string;
    port: number;
    server: Server;
    /** Forget all stored resources. */
    reset(): void;
    /** Stops listening and closes idle and open connections. */
    close(): Promise<void>;
}
/** Starts a server for `defs`; resolves once it accepts connections. */
export declare function listenMock(defs: readonly MockServiceDefinition[], options?: ListenOptions): Promise<RunningMock>;
