/**
 * AWS Signature Version 4 through `@smithy/signature-v4` (the signer the AWS
 * SDKs use), with SHA-256 from `node:crypto` so that no hash package is needed.
 */
import { createHash, createHmac, type Hash, type Hmac } from "node:crypto";
import { SignatureV4 } from "@smithy/signature-v4";
import type { Authenticate } from "./core.js";

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** Static credentials, or a function returning them (called per attempt, so it can refresh). */
export type AwsCredentialsProvider = AwsCredentials | (() => Promise<AwsCredentials>);

export interface SigV4Options {
  region: string;
  /** Signing name (credential scope service), e.g. `apigateway`. */
  service: string;
  credentials: AwsCredentialsProvider;
}

type Bytes = string | ArrayBuffer | ArrayBufferView;

/**
 * The `Checksum` shape `@smithy/signature-v4` asks for, over `node:crypto`
 * (synchronous and fast; WebCrypto's async hops cost more than the hashing).
 */
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

export function sigv4Auth(options: SigV4Options): Authenticate {
  const signer = new SignatureV4({
    service: options.service,
    region: options.region,
    credentials:
      typeof options.credentials === "function"
        ? options.credentials
        : async () => options.credentials as AwsCredentials,
    sha256: NodeSha256,
    uriEscapePath: true,
  });
  return async (request) => {
    const url = new URL(request.url);
    const query: Record<string, string | string[]> = {};
    for (const [k, v] of url.searchParams) {
      const prev = Object.hasOwn(query, k) ? query[k] : undefined;
      query[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
    }
    const signed = await signer.sign({
      method: request.method,
      protocol: url.protocol,
      hostname: url.hostname,
      ...(url.port ? { port: Number(url.port) } : {}),
      path: url.pathname,
      query,
      headers: { ...request.headers, host: url.host },
      ...(request.body === undefined ? {} : { body: request.body }),
    });
    // fetch derives `host` from the URL itself (the same value that was signed).
    const headers: Record<string, string> = {};
    for (const key of Object.keys(signed.headers))
      if (key !== "host") headers[key] = signed.headers[key]!;
    return { ...request, headers };
  };
}

function toBinary(data: Bytes): string | Uint8Array {
  if (typeof data === "string") return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
