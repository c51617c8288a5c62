/**
 * The `Checksum` shape `@smithy/signature-v4` asks for, over `node:crypto`
 * (synchronous and fast; WebCrypto's async hops cost more than the
 * hashing), so that signing and verifying need no hash package. Only SigV4
 * code imports this file.
 */
import { createHash, createHmac, type Hash, type Hmac } from "node:crypto";

type Bytes = string | ArrayBuffer | ArrayBufferView;

/** SHA-256, or HMAC-SHA-256 when constructed with a secret. */
export class NodeSha256 {
  readonly #secret: Bytes | undefined;
  #hash: Hash | Hmac;

  constructor(secret?: Bytes) {
    this.#secret = secret;
    this.#hash = NodeSha256.#create(secret);
  }

  static #create(secret: Bytes | undefined): Hash | Hmac {
    return secret === undefined ? createHash("sha256") : createHmac("sha256", toBinary(secret));
  }

  update(data: Bytes): void {
    this.#hash.update(toBinary(data));
  }

  async digest(): Promise<Uint8Array> {
    const out = this.#hash.digest();
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  }

  reset(): void {
    this.#hash = NodeSha256.#create(this.#secret);
  }
}

function toBinary(data: Bytes): string | Uint8Array {
  if (typeof data === "string") return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
