// Copied by opforge from src/runtime/client/auth-token.ts. DO NOT EDIT.
/** Token authentication (Huawei Cloud IAM): the token travels in the service's header, `X-Auth-Token`. */
import type { ServiceTable } from "../table/types.js";
import type { Authenticate } from "./options.js";
/** A token, or a function returning one (called per attempt, so it can refresh). */
export type TokenProvider = string | (() => string | Promise<string>);
/** The options `tokenAuth` reads from a client's options. */
export interface TokenAuthOptions {
  token: TokenProvider;
}
/** Adds the token to each attempt. Throws a TypeError at once when the service does not use a token header. */
export declare function tokenAuth(service: ServiceTable, options: TokenAuthOptions): Authenticate;
