import { createHash, createHmac } from "node:crypto";
import { SignatureV4 } from "@smithy/signature-v4";
class NodeSha256 {
  #secret;
  #hash;
  constructor(secret) {
    this.#secret = secret;
    this.#hash = NodeSha256.#create(secret);
  }
  static #create(secret) {
    return secret === void 0 ? createHash("sha256") : createHmac("sha256", toBinary(secret));
  }
  update(data) {
    this.#hash.update(toBinary(data));
  }
  async digest() {
    const out = this.#hash.digest();
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  }
  reset() {
    this.#hash = NodeSha256.#create(this.#secret);
  }
}
function sigv4Auth(options) {
  const signer = new SignatureV4({
    service: options.service,
    region: options.region,
    credentials: typeof options.credentials === "function" ? options.credentials : async () => options.credentials,
    sha256: NodeSha256,
    uriEscapePath: true
  });
  return async (request) => {
    const url = new URL(request.url);
    const query = {};
    for (const [k, v] of url.searchParams) {
      const prev = Object.hasOwn(query, k) ? query[k] : void 0;
      query[k] = prev === void 0 ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
    }
    const signed = await signer.sign({
      method: request.method,
      protocol: url.protocol,
      hostname: url.hostname,
      ...url.port ? { port: Number(url.port) } : {},
      path: url.pathname,
      query,
      headers: { ...request.headers, host: url.host },
      ...request.body === void 0 ? {} : { body: request.body }
    });
    const headers = {};
    for (const key of Object.keys(signed.headers))
      if (key !== "host") headers[key] = signed.headers[key];
    return { ...request, headers };
  };
}
function toBinary(data) {
  if (typeof data === "string") return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
export {
  NodeSha256,
  sigv4Auth
};
