/**
 * Huawei Cloud AK/SK request signing (`SDK-HMAC-SHA256`), as the official
 * SDK core computes it (`@huaweicloud/huaweicloud-sdk-core`, `AKSKSigner`):
 *
 *   canonical request = method \n canonical URI \n canonical query \n
 *                       canonical headers \n signed header names \n SHA-256(body)
 *   string to sign    = "SDK-HMAC-SHA256" \n X-Sdk-Date \n SHA-256(canonical request)
 *   signature         = hex(HMAC-SHA256(secret key, string to sign))
 *
 * The canonical URI percent-encodes each path segment as sent (a `%` of the
 * wire path becomes `%25`) and always ends in `/`. Plain `node:crypto`: no
 * SigV4 code, so a Huawei package can carry it.
 */
import { createHash, createHmac } from "node:crypto";

/** The `Authorization` scheme of AK/SK-signed requests. */
export const AKSK_ALGORITHM = "SDK-HMAC-SHA256";

/** The parts of an `SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…` header. */
export interface AkskAuthorization {
  accessKey: string;
  /** Lower-case header names, as listed. */
  signedHeaders: string[];
  signature: string;
}

/** A request as signed: wire path and query, received headers (lower-case names), body text. */
export interface AkskRequest {
  method: string;
  /** Path as sent (still percent-encoded), without the query string. */
  path: string;
  /** Query string as sent, without `?`. */
  query: string;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  body: string;
}

/** Parses an AK/SK `Authorization` header; undefined when it is not one. */
export function parseAkskAuthorization(header: string | undefined): AkskAuthorization | undefined {
  if (header === undefined || !header.startsWith(`${AKSK_ALGORITHM} `)) return undefined;
  const fields = new Map<string, string>();
  for (const part of header.slice(AKSK_ALGORITHM.length + 1).split(",")) {
    const eq = part.indexOf("=");
    if (eq !== -1) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const accessKey = fields.get("Access");
  const signedHeaders = fields.get("SignedHeaders");
  const signature = fields.get("Signature");
  if (!accessKey || !signedHeaders || !signature) return undefined;
  return { accessKey, signedHeaders: signedHeaders.split(";"), signature };
}

/** The SDK's `urlEncode`: everything but `A-Z a-z 0-9 - _ . ~` percent-encoded (upper-case hex, UTF-8). */
export function akskEncode(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase(),
  );
}

/** Each segment of the wire path encoded again, with a trailing `/`. */
export function akskCanonicalUri(path: string): string {
  const uri = path.split("/").map(akskEncode).join("/");
  return uri.endsWith("/") ? uri : `${uri}/`;
}

/** Query parameters sorted by name, values of a repeated name sorted, each part encoded. */
export function akskCanonicalQuery(query: string): string {
  const byName = new Map<string, string[]>();
  for (const [name, value] of new URLSearchParams(query)) {
    const values = byName.get(name);
    if (values) values.push(value);
    else byName.set(name, [value]);
  }
  const parts: string[] = [];
  for (const name of [...byName.keys()].sort()) {
    const values = byName.get(name)!;
    if (values.length > 1) values.sort();
    for (const v of values) parts.push(`${akskEncode(name)}=${akskEncode(v)}`);
  }
  return parts.join("&");
}

/** The lower-case hex SHA-256 of a text. */
export function sha256Hex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * The signature of `request` for `secretKey`, over `signedHeaders` (lower
 * case, in the order listed); undefined when a signed header is missing or
 * the path cannot be encoded.
 */
export function akskSignature(
  request: AkskRequest,
  signedHeaders: readonly string[],
  secretKey: string,
): string | undefined {
  let canonicalHeaders = "";
  for (const name of signedHeaders) {
    const value = request.headers[name];
    if (value === undefined) return undefined;
    canonicalHeaders += `${name}:${Array.isArray(value) ? value.join(",") : value}\n`;
  }
  const declared = request.headers["x-sdk-content-sha256"];
  const payloadHash = typeof declared === "string" ? declared : sha256Hex(request.body);
  const date = request.headers["x-sdk-date"];
  let uri: string;
  let query: string;
  try {
    uri = akskCanonicalUri(request.path);
    query = akskCanonicalQuery(request.query);
  } catch {
    // A lone surrogate cannot be encoded, and so cannot have been signed.
    return undefined;
  }
  const canonical = [
    request.method,
    uri,
    query,
    canonicalHeaders,
    signedHeaders.join(";"),
    payloadHash,
  ].join("\n");
  const stringToSign = [AKSK_ALGORITHM, String(date ?? ""), sha256Hex(canonical)].join("\n");
  return createHmac("sha256", secretKey).update(stringToSign).digest("hex");
}

/** `20260101T000000Z` -> milliseconds since the epoch; undefined when malformed. */
export function parseSdkDate(text: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : undefined;
}
