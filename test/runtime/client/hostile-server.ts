/**
 * Loopback servers that answer badly on purpose (127.0.0.1 only): each
 * records every request it gets (method, URL, headers, body) and answers
 * with the next queued behaviour: a reply, or silence (the connection held
 * open, never answered).
 */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export type Behaviour = { status: number; headers?: Record<string, string>; body?: string } | { silent: true };

export interface HostileServer {
  url: string;
  seen: SeenRequest[];
  /** Behaviours used in order; when empty, `fallback`. */
  queue: Behaviour[];
  fallback: Behaviour;
  close(): Promise<void>;
}

export async function startHostileServer(fallback: Behaviour = { status: 200, body: "{}" }): Promise<HostileServer> {
  const sockets = new Set<Socket>();
  const state: HostileServer = { url: "", seen: [], queue: [], fallback, close: async () => {} };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      state.seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      const b = state.queue.shift() ?? state.fallback;
      if ("silent" in b) return; // never answer; close() ends the socket
      res.writeHead(b.status, { "content-type": "application/json", ...b.headers });
      res.end(b.body ?? "");
    });
  });
  server.on("connection", (s: Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  return state;
}
