/**
 * Huawei AK/SK signature verification for the mock (`verifiers: { aksk:
 * ... }`): recomputes an `SDK-HMAC-SHA256` signature as the official SDK
 * core makes it (see `protocol/huawei-aksk.ts`) for the configured key
 * pairs, and refuses a stale `X-Sdk-Date` (APIG allows 15 minutes of skew).
 * Imported only by those who turn verification on.
 */
import { timingSafeEqual } from "node:crypto";
import {
  akskSignature,
  parseAkskAuthorization,
  parseSdkDate,
  sha256Hex,
} from "../protocol/huawei-aksk.js";
import type { MockCredentials, RequestVerifier } from "./types.js";

/** How far `X-Sdk-Date` may be from the mock's clock (15 minutes, as APIG allows). */
export const AKSK_MAX_SKEW_MS: number = 15 * 60 * 1000;

/** Options of {@link createAkskVerifier}; tests move the clock. */
export interface AkskVerifierOptions {
  maxSkewMs?: number;
  now?: () => number;
}

/** A verifier accepting AK/SK signatures made with any of `credentials` (AK = access key id, SK = secret). */
export function createAkskVerifier(
  credentials: readonly MockCredentials[],
  options: AkskVerifierOptions = {},
): RequestVerifier {
  const byKey = new Map(credentials.map((c) => [c.accessKeyId, c.secretAccessKey] as const));
  const maxSkew = options.maxSkewMs ?? AKSK_MAX_SKEW_MS;
  const now = options.now ?? Date.now;
  return async (req) => {
    const auth = parseAkskAuthorization(req.headers.authorization);
    if (!auth)
      return "the Authorization header is not SDK-HMAC-SHA256 Access=..., SignedHeaders=..., Signature=...";
    const secret = byKey.get(auth.accessKey);
    if (secret === undefined) return `Get secretKey failed,ak:${auth.accessKey},err:ak not exist`;
    const dateText = req.headers["x-sdk-date"];
    const date = typeof dateText === "string" ? parseSdkDate(dateText) : undefined;
    if (date === undefined) return "missing or malformed X-Sdk-Date";
    if (Math.abs(now() - date) > maxSkew)
      return `X-Sdk-Date ${String(dateText)} is more than ${maxSkew / 60_000} minutes from the server's clock`;
    // The signer trusts a declared payload hash; the body must match it.
    const declared = req.headers["x-sdk-content-sha256"];
    if (
      typeof declared === "string" &&
      declared !== "UNSIGNED-PAYLOAD" &&
      declared !== sha256Hex(req.body)
    )
      return "X-Sdk-Content-Sha256 does not match the body";
    const expected = akskSignature(req, auth.signedHeaders, secret);
    if (expected === undefined) return "a signed header is missing";
    const a = Buffer.from(expected);
    const b = Buffer.from(auth.signature);
    return a.length === b.length && timingSafeEqual(a, b) ? undefined : "signature mismatch";
  };
}
