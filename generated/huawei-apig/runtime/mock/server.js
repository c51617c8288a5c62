// Copied by opforge from src/runtime/mock/server.ts. DO NOT EDIT.
/** Serving mock handlers over `node:http`. */
import { createServer } from "node:http";
import { createMockHandler } from "./handler.js";
/** Starts a server for `definitions` (several services may share the port); resolves once it accepts connections. */
export async function startMock(definitions, options = {}) {
  const handler = createMockHandler(definitions, options);
  const server = createServer({ keepAliveTimeout: 5000 }, handler);
  // Malformed HTTP gets a plain 400 instead of a dropped socket.
  server.on("clientError", (_err, socket) => {
    if (socket.writable)
      socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
    else socket.destroy();
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = server.address().port;
  const shownHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    server,
    handler,
    reset: handler.reset,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}
