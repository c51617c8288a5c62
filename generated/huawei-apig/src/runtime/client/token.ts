// Copied from opforge src/runtime/client/token.ts. DO NOT EDIT.
/** Token authentication (Huawei Cloud IAM): the token travels in a header, `X-Auth-Token`. */
import type { Authenticate } from "./core.js";

/** A token, or a function returning one (called per attempt, so it can refresh). */
export type TokenProvider = string | (() => string | Promise<string>);

export function tokenAuth(header: string, token: TokenProvider): Authenticate {
  const name = header.toLowerCase();
  return async (request) => {
    const value = typeof token === "function" ? await token() : token;
    return { ...request, headers: { ...request.headers, [name]: value } };
  };
}
