// Copied by opforge from src/runtime/mock/client-error.ts. DO NOT EDIT.
/**
 * Requests Node cannot parse never reach the handler: Node emits
 * `clientError` and, left alone, writes a bare `400 Bad Request`. The mock
 * answers them in the vendor's format instead: a head past Node's size
 * limit is a 414 (the request line alone is too long) or a 431, a head
 * that does not arrive in time is a 408, anything else a 400. The vendor
 * is guessed from the credentials in the raw bytes, else it is the first
 * served service. The connection is closed after the answer, once what the
 * client is still sending has been read (up to a bound).
 */
import { STATUS_CODES } from "node:http";
import { sigV4Service } from "./credentials.js";
import { nextRequestId } from "./request-id.js";
/** What is read and dropped after answering an unparseable request before the connection closes. */
const DRAIN_BYTES = 4 * 1024 * 1024;
const DRAIN_MS = 2000;
/** Answers a `clientError` on `socket` in the format of one of `services`. */
export function answerClientError(services, error, socket) {
  if (error.code === "ECONNRESET" || !socket.writable) return void socket.destroy();
  const head = error.rawPacket ? error.rawPacket.toString("latin1", 0, 64 * 1024) : "";
  const kind = kindOf(error.code, head);
  const service = serviceOf(services, head);
  const answer = service.protocol.encodeBuiltin(kind);
  const lines = [`HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status] ?? ""}`];
  for (const [name, value] of Object.entries(answer.headers)) lines.push(`${name}: ${value}`);
  lines.push(`${service.protocol.requestIdHeader}: ${nextRequestId()}`);
  lines.push(`content-length: ${Buffer.byteLength(answer.body)}`, "connection: close", "", "");
  socket.end(lines.join("\r\n") + answer.body);
  drainThenDestroy(socket);
}
function kindOf(code, head) {
  if (code === "ERR_HTTP_REQUEST_TIMEOUT") return "timeout";
  if (code !== "HPE_HEADER_OVERFLOW") return "bad-request";
  // Still in the request line (no line break, no space after the target yet): the URI is what is too long.
  return /^[A-Z]+ [^ \r\n]*$/.test(head) ? "uri-too-long" : "headers-too-large";
}
/** The service the raw head's credentials point at: a SigV4 scope, a Huawei token or AK/SK; else the first. */
function serviceOf(services, head) {
  const authorization = /\r\nauthorization: *([^\r\n]*)/i.exec(head)?.[1];
  const scope = sigV4Service(authorization);
  const aksk = authorization?.startsWith("SDK-HMAC-SHA256 ") ?? false;
  const lower = head.toLowerCase();
  const found = services.find((s) => {
    const auth = s.model.auth;
    if (auth.scheme === "sigv4") return scope === auth.signingName;
    return aksk || lower.includes(`\r\n${auth.header.toLowerCase()}:`);
  });
  return found ?? services[0];
}
function drainThenDestroy(socket) {
  let seen = 0;
  const stop = () => {
    clearTimeout(timer);
    socket.destroy();
  };
  const timer = setTimeout(stop, DRAIN_MS);
  socket.on("data", (chunk) => {
    seen += chunk.length;
    if (seen > DRAIN_BYTES) stop();
  });
  socket.once("end", stop);
  socket.once("close", () => clearTimeout(timer));
  socket.resume();
}
