/**
 * `--verify-sigv4`: recomputes a request's SigV4 signature with
 * `@smithy/signature-v4` (the signer the AWS SDK itself uses) for the
 * configured credentials and compares it with the one received.
 */
import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { createHash, timingSafeEqual } from "node:crypto";
import type { SigV4Verifier } from "../runtime/mock/sigv4.js";
import { DEFAULT_TEST_CREDENTIALS, type MockCredentials } from "./credentials.js";

export { DEFAULT_TEST_CREDENTIALS, type MockCredentials };

/** `20160531T212738Z` -> Date. */
function parseAmzDate(text: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  return m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!)) : undefined;
}

function parseQuery(raw: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
  for (const [k, v] of new URLSearchParams(raw)) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

export function createSigV4Verifier(credentials: readonly MockCredentials[] = [DEFAULT_TEST_CREDENTIALS]): SigV4Verifier {
  const byKey = new Map(credentials.map((c) => [c.accessKeyId, c] as const));
  return async (req) => {
    const auth = req.authorization;
    const creds = byKey.get(auth.accessKeyId);
    if (!creds) return `unknown access key ${auth.accessKeyId}`;
    const amzDate = req.headers["x-amz-date"];
    const date = typeof amzDate === "string" ? parseAmzDate(amzDate) : undefined;
    if (!date) return "missing or malformed X-Amz-Date";
    // The SDKs send the payload hash as a signed header; the signer trusts it, so check it against the body.
    const declaredHash = req.headers["x-amz-content-sha256"];
    if (typeof declaredHash === "string" && declaredHash !== "UNSIGNED-PAYLOAD" && declaredHash !== createHash("sha256").update(req.body).digest("hex")) {
      return "x-amz-content-sha256 does not match the body";
    }
    const headers: Record<string, string> = {};
    for (const name of auth.signedHeaders) {
      const v = req.headers[name];
      if (v === undefined) return `signed header ${name} is missing`;
      headers[name] = Array.isArray(v) ? v.join(",") : v;
    }
    const request = new HttpRequest({
      method: req.method,
      protocol: "http:",
      hostname: req.host.replace(/:\d+$/, ""),
      path: req.path,
      query: parseQuery(req.query),
      headers,
      body: req.body,
    });
    const signer = new SignatureV4({ credentials: creds, region: auth.region, service: auth.service, sha256: Sha256 });
    const signed = await signer.sign(request, { signingDate: date, signingRegion: auth.region, signingService: auth.service });
    const expected = /Signature=([0-9a-f]+)/.exec(String(signed.headers["authorization"] ?? ""))?.[1] ?? "";
    const a = Buffer.from(expected);
    const b = Buffer.from(auth.signature);
    return a.length === b.length && timingSafeEqual(a, b) ? undefined : "signature mismatch";
  };
}
