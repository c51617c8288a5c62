// Copied by opforge from src/runtime/mock/server.ts. DO NOT EDIT.
/** Serving mock handlers over `node:http`. */
import { createServer } from "node:http";
import { createMockHandler } from "./handler.js";
/**
 * Starts a server for `definitions` (several services may share the port);
 * resolves once it accepts connections. A request's head must arrive within
 * the request timeout (else the vendor's 408), and Node's own refusals
 * (malformed HTTP, oversized heads) are answered in the vendor's format.
 */
export async function startMock(definitions, options = {}) {
  const handler = createMockHandler(definitions, options);
  const timeout = handler.requestTimeout;
  const server = createServer(
    {
      keepAliveTimeout: 5000,
      headersTimeout: timeout,
      // A backstop only: the body step answers 408 itself `timeout` after the head.
      requestTimeout: 2 * timeout + 1000,
      // How often Node looks for heads past `headersTimeout` (its default is 30 s).
      connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(timeout / 4))),
    },
    handler,
  );
  server.on("clientError", handler.clientError);
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
