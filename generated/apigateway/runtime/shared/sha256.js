// Copied by opforge from src/runtime/shared/sha256.ts. DO NOT EDIT.
/**
 * The `Checksum` shape `@smithy/signature-v4` asks for, over `node:crypto`
 * (synchronous and fast; WebCrypto's async hops cost more than the
 * hashing), so that signing and verifying need no hash package. Only SigV4
 * code imports this file.
 */
import { createHash, createHmac } from "node:crypto";
/** SHA-256, or HMAC-SHA-256 when constructed with a secret. */
export class NodeSha256 {
  #secret;
  #hash;
  constructor(secret) {
    this.#secret = secret;
    this.#hash = NodeSha256.#create(secret);
  }
  static #create(secret) {
    return secret === undefined ? createHash("sha256") : createHmac("sha256", toBinary(secret));
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
function toBinary(data) {
  if (typeof data === "string") return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
