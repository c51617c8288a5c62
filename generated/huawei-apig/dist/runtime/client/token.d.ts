/** Token authentication (Huawei Cloud IAM): the token travels in a header, `X-Auth-Token`. */
import type { Authenticate } from "./core.js";
/** A token, or a function returning one (called per attempt, so it can refresh). */
export type TokenProvider = string | (() => string | Promise<string>);
export declare function tokenAuth(header: string, token: TokenProvider): Authenticate;
