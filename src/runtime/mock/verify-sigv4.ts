/**
 * SigV4 signature verification for the mock (`verifiers: { sigv4: ... }`):
 * recomputes a request's signature with `@smithy/signature-v4`, the signer
 * the AWS SDKs use, for the configured credentials. Imported only by those
 * who turn verification on, so that no mock carries signing code unasked.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { SignatureV4 } from "@smithy/signature-v4";
import { NodeSha256 } from "../shared/sha256.js";
import type { MockCredentials, RequestVerifier } from "./types.js";

export type { MockCredentials } from "./types.js";

/** The parts of a SigV4 `Authorization` header. */
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
  const fields = new Map<string, string>();
  for (const part of header.slice(PREFIX.length).split(",")) {
    const eq = part.indexOf("=");
    if (eq !== -1) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const credential = fields.get("Credential");
  const signedHeaders = fields.get("SignedHeaders");
  const signature = fields.get("Signature");
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

/** A verifier accepting signatures made with any of `credentials`. */
export function createSigV4Verifier(credentials: readonly MockCredentials[]): RequestVerifier {
  const byKey = new Map(credentials.map((c) => [c.accessKeyId, c] as const));
  return async (req) => {
    const raw = req.headers.authorization;
    const auth = parseSigV4Authorization(raw);
    if (!auth) return "the Authorization header is not AWS4-HMAC-SHA256";
    const creds = byKey.get(auth.accessKeyId);
    if (!creds) return `unknown access key ${auth.accessKeyId}`;
    const amzDate = req.headers["x-amz-date"];
    const date = typeof amzDate === "string" ? parseAmzDate(amzDate) : undefined;
    if (!date) return "missing or malformed X-Amz-Date";
    // The SDKs send the payload hash as a signed header; the signer trusts it, so check it against the body.
    const declared = req.headers["x-amz-content-sha256"];
    if (
      typeof declared === "string" &&
      declared !== "UNSIGNED-PAYLOAD" &&
      declared !== createHash("sha256").update(req.body).digest("hex")
    )
      return "x-amz-content-sha256 does not match the body";
    const headers: Record<string, string> = {};
    for (const name of auth.signedHeaders) {
      const v = req.headers[name];
      if (v === undefined) return `signed header ${name} is missing`;
      headers[name] = Array.isArray(v) ? v.join(",") : v;
    }
    const signer = new SignatureV4({
      credentials: creds,
      region: auth.region,
      service: auth.service,
      sha256: NodeSha256,
    });
    const signed = await signer.sign(
      {
        method: req.method,
        protocol: "http:",
        hostname: req.host.replace(/:\d+$/, ""),
        path: req.path,
        query: parseQuery(req.query),
        headers,
        body: req.body,
      },
      { signingDate: date, signingRegion: auth.region, signingService: auth.service },
    );
    const expected =
      /Signature=([0-9a-f]+)/.exec(String(signed.headers["authorization"] ?? ""))?.[1] ?? "";
    const a = Buffer.from(expected);
    const b = Buffer.from(auth.signature);
    return a.length === b.length && timingSafeEqual(a, b) ? undefined : "signature mismatch";
  };
}

/** `20160531T212738Z` -> Date. */
function parseAmzDate(text: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  return m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!)) : undefined;
}

function parseQuery(raw: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = Object.create(null) as Record<
    string,
    string | string[]
  >;
  for (const [k, v] of new URLSearchParams(raw)) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}
