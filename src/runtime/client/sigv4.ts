/**
 * AWS Signature Version 4 through `@smithy/signature-v4` (the signer the AWS
 * SDKs use), with SHA-256 from the platform's WebCrypto so that no hash
 * package is needed.
 */
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

/** The `Checksum` shape `@smithy/signature-v4` asks for, over `crypto.subtle`. */
export class WebCryptoSha256 {
  readonly #secret: Uint8Array<ArrayBuffer> | undefined;
  #chunks: Uint8Array<ArrayBuffer>[] = [];

  constructor(secret?: Bytes) {
    this.#secret = secret === undefined ? undefined : toBytes(secret);
  }

  update(data: Bytes): void {
    this.#chunks.push(toBytes(data));
  }

  async digest(): Promise<Uint8Array> {
    const data = concat(this.#chunks);
    const subtle = globalThis.crypto.subtle;
    if (this.#secret === undefined) return new Uint8Array(await subtle.digest("SHA-256", data));
    const key = await subtle.importKey("raw", this.#secret, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    return new Uint8Array(await subtle.sign("HMAC", key, data));
  }

  reset(): void {
    this.#chunks = [];
  }
}

export function sigv4Auth(options: SigV4Options): Authenticate {
  const signer = new SignatureV4({
    service: options.service,
    region: options.region,
    credentials: typeof options.credentials === "function" ? options.credentials : async () => options.credentials as AwsCredentials,
    sha256: WebCryptoSha256,
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
    for (const key of Object.keys(signed.headers)) if (key !== "host") headers[key] = signed.headers[key]!;
    return { ...request, headers };
  };
}

/** A copy: WebCrypto wants bytes backed by a plain (not shared) ArrayBuffer. */
function toBytes(data: Bytes): Uint8Array<ArrayBuffer> {
  if (typeof data === "string") return new Uint8Array(new TextEncoder().encode(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data.slice(0));
  return new Uint8Array(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
}

function concat(chunks: readonly Uint8Array<ArrayBuffer>[]): Uint8Array<ArrayBuffer> {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}
