import { createServer } from "node:http";
import { createMockHandler } from "./handler.js";
async function listenMock(defs, options = {}) {
  const handler = createMockHandler(defs, options);
  const server = createServer({ keepAliveTimeout: 5e3 }, handler);
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
    reset: handler.reset,
    close: () => new Promise((resolve, reject) => {
      server.close((e) => e ? reject(e) : resolve());
      server.closeAllConnections();
    })
  };
}
export {
  listenMock
};
