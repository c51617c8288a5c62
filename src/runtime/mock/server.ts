/** Serving mock handlers over `node:http`. */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { MockServiceDefinition } from "./definition.js";
import { createMockHandler, type MockOptions } from "./handler.js";

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
export async function listenMock(
  defs: readonly MockServiceDefinition[],
  options: ListenOptions = {},
): Promise<RunningMock> {
  const handler = createMockHandler(defs, options);
  const server = createServer({ keepAliveTimeout: 5000 }, handler);
  // Malformed HTTP gets a plain 400 instead of a dropped socket.
  server.on("clientError", (_err, socket) => {
    if (socket.writable)
      socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
    else socket.destroy();
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    server,
    reset: handler.reset,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}
