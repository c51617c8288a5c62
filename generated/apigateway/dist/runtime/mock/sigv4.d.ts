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
/** Parses `AWS4-HMAC-SHA256 Credential=AKID/20160531/us-east-1/apigateway/aws4_request, SignedHeaders=a;b, Signature=hex`. */
export declare function parseSigV4Authorization(header: string | undefined): SigV4Authorization | undefined;
/** Just the credential-scope service of an Authorization header, cheaply. */
export declare function sigV4Service(header: string | undefined): string | undefined;
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
