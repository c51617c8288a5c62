// Copied by opforge from src/runtime/client/auth-sigv4.ts. DO NOT EDIT.
/**
 * AWS Signature Version 4 through `@smithy/signature-v4` (the signer the AWS
 * SDKs use), with SHA-256 from `node:crypto`. Only AWS packages import this
 * file: a Huawei package never carries SigV4 code.
 */
import { SignatureV4 } from "@smithy/signature-v4";
import { NodeSha256 } from "../shared/sha256.js";
/**
 * Signs each attempt for the service's signing name and `options.region`.
 * Throws a TypeError at once when the service is not SigV4 or no region is given.
 */
export function sigv4Auth(service, options) {
  if (service.auth.scheme !== "sigv4")
    throw new TypeError(`${service.name} does not use SigV4 (its auth is ${service.auth.scheme})`);
  if (!options.region)
    throw new TypeError(`${service.name} client: pass options.region to sign requests (SigV4)`);
  const credentials = options.credentials;
  const signer = new SignatureV4({
    service: service.auth.signingName,
    region: options.region,
    credentials: typeof credentials === "function" ? credentials : async () => credentials,
    sha256: NodeSha256,
    uriEscapePath: true,
  });
  return async (request) => {
    const url = new URL(request.url);
    const query = {};
    for (const [k, v] of url.searchParams) {
      const prev = Object.hasOwn(query, k) ? query[k] : undefined;
      const next = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
      Object.defineProperty(query, k, {
        value: next,
        enumerable: true,
        writable: true,
        configurable: true,
      });
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
    const headers = {};
    for (const key of Object.keys(signed.headers))
      if (key !== "host") headers[key] = signed.headers[key];
    return { ...request, headers };
  };
}
