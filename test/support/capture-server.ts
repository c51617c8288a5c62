/** A loopback HTTP server that records each request and answers from a queue (or a default). */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface CapturedRequest {
  method: string;
  /** Raw request target: path and query exactly as sent. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** Destroy the socket instead of answering (network error). */
  destroy?: boolean;
  /** Wait this long before answering. */
  delayMs?: number;
}

export interface CaptureServer {
  url: string;
  requests: CapturedRequest[];
  /** Replies used in order; when empty, `fallback` answers. */
  replies: Reply[];
  fallback: (req: CapturedRequest) => Reply;
  close(): Promise<void>;
}

const MAX_BODY = 1 << 20;

export async function startCaptureServer(fallback: (req: CapturedRequest) => Reply = () => ({ status: 200, body: "{}" })): Promise<CaptureServer> {
  const state: CaptureServer = { url: "", requests: [], replies: [], fallback, close: async () => {} };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) req.destroy();
      else chunks.push(c);
    });
    req.on("end", () => {
      const captured: CapturedRequest = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") };
      state.requests.push(captured);
      const reply = state.replies.shift() ?? state.fallback(captured);
      const send = () => {
        if (reply.destroy) return void req.socket.destroy();
        res.writeHead(reply.status, { "content-type": "application/json", ...reply.headers });
        res.end(reply.body ?? "");
      };
      if (reply.delayMs) setTimeout(send, reply.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}
