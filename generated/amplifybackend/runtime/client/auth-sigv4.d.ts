// Copied by opforge from src/runtime/client/auth-sigv4.ts. DO NOT EDIT.
import type { ServiceTable } from "../table/types.js";
import type { Authenticate } from "./options.js";
/** An AWS key pair, with a session token for temporary credentials. */
export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}
/** Static credentials, or a function returning them (called per attempt, so it can refresh). */
export type AwsCredentialsProvider = AwsCredentials | (() => Promise<AwsCredentials>);
/** The options `sigv4Auth` reads from a client's options. */
export interface SigV4AuthOptions {
  /** Region of the credential scope, e.g. `us-east-1`. */
  region?: string;
  credentials: AwsCredentialsProvider;
}
/**
 * Signs each attempt for the service's signing name and `options.region`.
 * Throws a TypeError at once when the service is not SigV4 or no region is given.
 */
export declare function sigv4Auth(service: ServiceTable, options: SigV4AuthOptions): Authenticate;
