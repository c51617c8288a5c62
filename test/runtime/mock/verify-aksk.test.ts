/**
 * AK/SK (`SDK-HMAC-SHA256`): the runtime's canonical request matches the
 * official SDK core's signer (`AKSKSigner`) byte for byte — encoded paths,
 * sorted and repeated query parameters, UTF-8 — and the verifier accepts
 * its signatures and refuses anything else, saying why.
 */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { akskCanonicalQuery, akskCanonicalUri, akskSignature, parseAkskAuthorization, parseSdkDate } from "../../../src/runtime/protocol/huawei-aksk.js";
import { createAkskVerifier } from "../../../src/runtime/mock/verify-aksk.js";
import type { SignedRequest } from "../../../src/runtime/mock/types.js";

const require = createRequire(import.meta.url);
const { AKSKSigner } = require("@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner") as { AKSKSigner: { sign(r: unknown, c: unknown): Record<string, string> } };
const KEYS = { accessKeyId: "AK1", secretAccessKey: "SK1" };
const DATE = "20260101T120000Z";
const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);

/** What the core signs (`queryParams` as the SDK gives them), and the request as the mock receives it. */
function signed(path: string, queryParams: Record<string, string | string[]>, data?: unknown, extra: Record<string, string> = {}): SignedRequest {
  const headers = AKSKSigner.sign(
    { endpoint: `http://127.0.0.1:4010${path}`, method: "POST", headers: { "content-type": "application/json", "X-Sdk-Date": DATE, ...extra }, queryParams, data },
    { getAk: () => KEYS.accessKeyId, getSk: () => KEYS.secretAccessKey },
  );
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(queryParams)) for (const x of Array.isArray(v) ? v : [v]) query.append(k, x);
  return { method: "POST", host: lower["host"]!, path: new URL(`http://h${path}`).pathname, query: query.toString(), headers: lower, body: data === undefined ? "" : JSON.stringify(data) };
}

const verify = createAkskVerifier([KEYS], { now: () => NOW });

describe("AK/SK signatures, as the SDK core makes them", () => {
  it.each([
    ["a plain path and body", "/v2/p1/apigw/instances/i1/authorizers", {}, { name: "a" }],
    ["a path with encoded characters", "/v2/p%201/a%2Fb/%C3%A9t%C3%A9", {}, { x: 1 }],
    ["sorted, repeated and UTF-8 query parameters", "/v2/p/items", { z: "1", a: ["b", "a"], "ü": "x y!*'()" }, undefined],
    ["no body", "/v2/p/items/1", {}, undefined],
  ])("%s: the mock computes the same signature and accepts it", async (_, path, query, data) => {
    const req = signed(path, query, data);
    const auth = parseAkskAuthorization(String(req.headers.authorization))!;
    expect(akskSignature(req, auth.signedHeaders, KEYS.secretAccessKey)).toBe(auth.signature);
    expect(await verify(req)).toBeUndefined();
  });

  it("builds the canonical URI with a trailing / and each segment encoded again", () => {
    expect(akskCanonicalUri("/v2/a%20b/c")).toBe("/v2/a%2520b/c/");
    expect(akskCanonicalUri("/")).toBe("/");
    expect(akskCanonicalQuery("b=2&a=2&a=1&c=x%20y")).toBe("a=1&a=2&b=2&c=x%20y");
    expect(parseSdkDate("20260101T120000Z")).toBe(NOW);
    expect(parseSdkDate("2026-01-01")).toBeUndefined();
  });

  it.each([
    ["a wrong secret", (r: SignedRequest) => r, createAkskVerifier([{ ...KEYS, secretAccessKey: "other" }], { now: () => NOW }), "signature mismatch"],
    ["an unknown AK", (r: SignedRequest) => r, createAkskVerifier([{ accessKeyId: "AK2", secretAccessKey: "SK1" }], { now: () => NOW }), "Get secretKey failed,ak:AK1,err:ak not exist"],
    ["a changed body", (r: SignedRequest) => ({ ...r, body: r.body.replace("a", "b") }), verify, "signature mismatch"],
    ["a changed path", (r: SignedRequest) => ({ ...r, path: r.path + "x" }), verify, "signature mismatch"],
    ["a removed signed header", (r: SignedRequest) => ({ ...r, headers: { ...r.headers, "x-sdk-date": undefined } }), verify, "missing or malformed X-Sdk-Date"],
    ["a date 16 minutes off", (r: SignedRequest) => r, createAkskVerifier([KEYS], { now: () => NOW + 16 * 60_000 }), "more than 15 minutes"],
    ["another scheme", (r: SignedRequest) => ({ ...r, headers: { ...r.headers, authorization: "AWS4-HMAC-SHA256 x" } }), verify, "is not SDK-HMAC-SHA256"],
    ["a declared payload hash that does not match", (r: SignedRequest) => ({ ...r, headers: { ...r.headers, "x-sdk-content-sha256": "00" } }), verify, "X-Sdk-Content-Sha256 does not match the body"],
  ] as const)("refuses %s, saying why", async (_, change, verifier, why) => {
    const reason = await verifier(change(signed("/v2/p1/things", {}, { name: "a" })));
    expect(reason).toContain(why);
  });

  it("accepts a date within the skew window, and UNSIGNED-PAYLOAD as the core sends it for non-JSON bodies", async () => {
    expect(await createAkskVerifier([KEYS], { now: () => NOW + 14 * 60_000 })(signed("/v2/p/x", {}, { a: 1 }))).toBeUndefined();
    const unsigned = signed("/v2/p/x", {}, { a: 1 }, { "X-Sdk-Content-Sha256": "UNSIGNED-PAYLOAD" });
    expect(await verify({ ...unsigned, body: "anything" })).toBeUndefined();
  });
});
