// Copied by opforge from src/runtime/mock/credentials.ts. DO NOT EDIT.
/**
 * Which credentials a request carries, without checking them: whether the
 * service's scheme is present (SigV4 `Authorization`, a token header), and
 * which service a SigV4 credential scope names (services sharing a route
 * are told apart by it). Plain text parsing: no signing code here.
 */
import type { IncomingHttpHeaders } from "node:http";
import type { TableAuth } from "../table/types.js";
/** Whether `headers` carry credentials of `auth`'s scheme. */
export declare function hasCredentials(auth: TableAuth, headers: IncomingHttpHeaders): boolean;
/** Whether a request's credentials point at `auth`: its SigV4 scope, or its token header. */
export declare function pointsAt(auth: TableAuth, headers: IncomingHttpHeaders): boolean;
/** The credential-scope service of a SigV4 `Authorization` header, cheaply; undefined for other schemes. */
export declare function sigV4Service(header: string | undefined): string | undefined;
