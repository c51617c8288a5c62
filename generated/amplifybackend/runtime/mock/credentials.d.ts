// Copied by opforge from src/runtime/mock/credentials.ts. DO NOT EDIT.
/**
 * Which credentials a request carries, without checking them: whether the
 * service's scheme is present (SigV4 `Authorization`; for Huawei, the token
 * header or an AK/SK-signed `Authorization`, which APIG accepts alike), and
 * which service a SigV4 credential scope names (services sharing a route
 * are told apart by it). Plain text parsing: no signing code here.
 */
import type { IncomingHttpHeaders } from "node:http";
import type { TableAuth } from "../table/types.js";
/** How a request authenticates: SigV4, Huawei AK/SK, or a token header. */
export type CredentialKind = "sigv4" | "aksk" | "token";
/** The kind of credentials of `auth`'s scheme that `headers` carry; undefined when none. */
export declare function credentialKind(
  auth: TableAuth,
  headers: IncomingHttpHeaders,
): CredentialKind | undefined;
/** Whether `headers` carry credentials of `auth`'s scheme. */
export declare function hasCredentials(auth: TableAuth, headers: IncomingHttpHeaders): boolean;
/** Whether a request's credentials point at `auth`: its SigV4 scope, or its token or AK/SK signature. */
export declare function pointsAt(auth: TableAuth, headers: IncomingHttpHeaders): boolean;
/** The credential-scope service of a SigV4 `Authorization` header, cheaply; undefined for other schemes. */
export declare function sigV4Service(header: string | undefined): string | undefined;
