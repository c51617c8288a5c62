// Copied by opforge from src/runtime/mock/send.ts. DO NOT EDIT.
import { DRAIN_MAX_BYTES, endAfterDrain } from "./drain.js";
import { internalError } from "./errors.js";
import { ABANDONED, RESET } from "./exchange.js";
import { nextRequestId } from "./request-id.js";
/**
 * Writes `answer` and returns what was sent. An answer Node refuses to
 * write (a header value with a newline, echoed from a body) is replaced by
 * a 500 in the vendor's format: it is the mock's failure, and it must not
 * escape the request listener.
 */
export function send(exchange, answer) {
  try {
    write(exchange, answer);
    return answer;
  } catch (error) {
    if (exchange.res.headersSent) {
      exchange.res.destroy();
      return answer;
    }
    const fallback = internalError(exchange, error);
    write(exchange, fallback);
    return fallback;
  }
}
function write(exchange, answer) {
  const { req, res } = exchange;
  if (answer === RESET) return void req.socket.resetAndDestroy();
  if (answer === ABANDONED || res.headersSent) return void res.destroy();
  // What is left of an unread body is drained, so that the connection stays usable.
  if (!exchange.bodyRead && !exchange.drain) req.resume();
  const head = req.method === "HEAD";
  // 204 and 304 have no body at all; HEAD answers have the headers of the body they leave out.
  const bodiless = answer.status === 204 || answer.status === 304;
  // A flat [name, value, ...] list is the cheapest form for writeHead; an explicit length avoids chunked encoding.
  const headers = [];
  let ownLength = false;
  for (const name of Object.keys(answer.headers)) {
    // An output member on Content-Length (a HEAD answer describing a file) is kept; otherwise the real length is sent.
    if (name.length === 14 && name.toLowerCase() === "content-length") {
      if (!head || bodiless) continue;
      ownLength = true;
    }
    headers.push(name, answer.headers[name]);
  }
  const protocol = exchange.service?.protocol;
  if (protocol) headers.push(protocol.requestIdHeader, (exchange.requestId = nextRequestId()));
  if (!bodiless && !ownLength)
    headers.push("content-length", String(Buffer.byteLength(answer.body)));
  if (!exchange.drain) {
    res.writeHead(answer.status, headers);
    res.end(head || bodiless ? undefined : answer.body);
    return;
  }
  headers.push("connection", "close");
  res.writeHead(answer.status, headers);
  res.write(answer.body);
  endAfterDrain(req, res, DRAIN_MAX_BYTES, exchange.context.bodyTimeout);
}
