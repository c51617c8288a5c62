/**
 * SigV4 `Authorization` headers: the credential scope tells which AWS
 * service a request is for (used to tell apart services that share a route),
 * and, when verification is on, a signer recomputes the signature.
 */

export interface SigV4Authorization {
  accessKeyId: string;
  /** yyyymmdd */
  date: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
}

const PREFIX = "AWS4-HMAC-SHA256 ";

/** Parses `AWS4-HMAC-SHA256 Credential=AKID/20160531/us-east-1/apigateway/aws4_request, SignedHeaders=a;b, Signature=hex`. */
export function parseSigV4Authorization(
  header: string | undefined,
): SigV4Authorization | undefined {
  if (header === undefined || !header.startsWith(PREFIX)) return undefined;
  let credential: string | undefined;
  let signedHeaders: string | undefined;
  let signature: string | undefined;
  for (const part of header.slice(PREFIX.length).split(",")) {
    const eq = part.indexOf("=");
    if (eq === -1) continue;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === "Credential") credential = value;
    else if (key === "SignedHeaders") signedHeaders = value;
    else if (key === "Signature") signature = value;
  }
  if (!credential || !signedHeaders || !signature) return undefined;
  const scope = credential.split("/");
  if (scope.length !== 5 || scope[4] !== "aws4_request") return undefined;
  return {
    accessKeyId: scope[0]!,
    date: scope[1]!,
    region: scope[2]!,
    service: scope[3]!,
    signedHeaders: signedHeaders.split(";"),
    signature,
  };
}

/** Just the credential-scope service of an Authorization header, cheaply. */
export function sigV4Service(header: string | undefined): string | undefined {
  if (header === undefined || !header.startsWith(PREFIX)) return undefined;
  const c = header.indexOf("Credential=");
  if (c === -1) return undefined;
  const end = header.indexOf("/aws4_request", c);
  if (end === -1) return undefined;
  const start = header.lastIndexOf("/", end - 1);
  return start > c ? header.slice(start + 1, end) : undefined;
}

/** What a verifier needs to recompute a signature. */
export interface SignedRequest {
  method: string;
  /** Host header as received. */
  host: string;
  /** Raw (still encoded) path. */
  path: string;
  /** Raw query string without `?`, or "". */
  query: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  authorization: SigV4Authorization;
}

/** Checks a signature; resolves to `undefined` when valid, else the reason. Injected so generated packages need no signing library. */
export type SigV4Verifier = (request: SignedRequest) => Promise<string | undefined>;
