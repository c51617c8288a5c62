// Copied by opforge from src/runtime/mock/credentials.ts. DO NOT EDIT.
const SIGV4_PREFIX = "AWS4-HMAC-SHA256 ";
/** Whether `headers` carry credentials of `auth`'s scheme. */
export function hasCredentials(auth, headers) {
  return auth.scheme === "sigv4"
    ? headers.authorization !== undefined
    : headers[auth.header.toLowerCase()] !== undefined;
}
/** Whether a request's credentials point at `auth`: its SigV4 scope, or its token header. */
export function pointsAt(auth, headers) {
  if (auth.scheme === "sigv4") return sigV4Service(headers.authorization) === auth.signingName;
  return sigV4Service(headers.authorization) === undefined && hasCredentials(auth, headers);
}
/** The credential-scope service of a SigV4 `Authorization` header, cheaply; undefined for other schemes. */
export function sigV4Service(header) {
  if (header === undefined || !header.startsWith(SIGV4_PREFIX)) return undefined;
  const c = header.indexOf("Credential=");
  if (c === -1) return undefined;
  const end = header.indexOf("/aws4_request", c);
  if (end === -1) return undefined;
  const start = header.lastIndexOf("/", end - 1);
  return start > c ? header.slice(start + 1, end) : undefined;
}
