/**
 * Which credentials a request carries, without checking them: whether the
 * service's scheme is present (SigV4 `Authorization`; for Huawei, the token
 * header or an AK/SK-signed `Authorization`, which APIG accepts alike), and
 * which service a SigV4 credential scope names (services sharing a route
 * are told apart by it). Plain text parsing: no signing code here.
 */
import type { IncomingHttpHeaders } from "node:http";
import type { TableAuth } from "../table/types.js";

const SIGV4_PREFIX = "AWS4-HMAC-SHA256 ";
const AKSK_PREFIX = "SDK-HMAC-SHA256 ";

/** How a request authenticates: SigV4, Huawei AK/SK, or a token header. */
export type CredentialKind = "sigv4" | "aksk" | "token";

/** Token header names as Node presents them (lower case), computed once per name. */
const lowerNames = new Map<string, string>();

function lower(name: string): string {
  let l = lowerNames.get(name);
  if (l === undefined) lowerNames.set(name, (l = name.toLowerCase()));
  return l;
}

/** The kind of credentials of `auth`'s scheme that `headers` carry; undefined when none. */
export function credentialKind(
  auth: TableAuth,
  headers: IncomingHttpHeaders,
): CredentialKind | undefined {
  const authorization = headers.authorization;
  if (auth.scheme === "sigv4") return authorization !== undefined ? "sigv4" : undefined;
  if (headers[lower(auth.header)] !== undefined) return "token";
  return authorization !== undefined && authorization.startsWith(AKSK_PREFIX) ? "aksk" : undefined;
}

/** Whether `headers` carry credentials of `auth`'s scheme. */
export function hasCredentials(auth: TableAuth, headers: IncomingHttpHeaders): boolean {
  return credentialKind(auth, headers) !== undefined;
}

/** Whether a request's credentials point at `auth`: its SigV4 scope, or its token or AK/SK signature. */
export function pointsAt(auth: TableAuth, headers: IncomingHttpHeaders): boolean {
  if (auth.scheme === "sigv4") return sigV4Service(headers.authorization) === auth.signingName;
  return sigV4Service(headers.authorization) === undefined && hasCredentials(auth, headers);
}

/** The credential-scope service of a SigV4 `Authorization` header, cheaply; undefined for other schemes. */
export function sigV4Service(header: string | undefined): string | undefined {
  if (header === undefined || !header.startsWith(SIGV4_PREFIX)) return undefined;
  const c = header.indexOf("Credential=");
  if (c === -1) return undefined;
  const end = header.indexOf("/aws4_request", c);
  if (end === -1) return undefined;
  const start = header.lastIndexOf("/", end - 1);
  return start > c ? header.slice(start + 1, end) : undefined;
}
