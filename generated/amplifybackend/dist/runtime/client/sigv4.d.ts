import type { Authenticate } from "./core.js";
export interface AwsCredentials {
    accessKeyId: string;
    secretAccessKey: string;
    sessionToken?: string;
}
/** Static credentials, or a function returning them (called per attempt, so it can refresh). */
export type AwsCredentialsProvider = AwsCredentials | (() => Promise<AwsCredentials>);
export interface SigV4Options {
    region: string;
    /** Signing name (credential scope service), e.g. `apigateway`. */
    service: string;
    credentials: AwsCredentialsProvider;
}
type Bytes = string | ArrayBuffer | ArrayBufferView;
/**
 * The `Checksum` shape `@smithy/signature-v4` asks for, over `node:crypto`
 * (synchronous and fast; WebCrypto's async hops cost more than the hashing).
 */
export declare class NodeSha256 {
    #private;
    constructor(secret?: Bytes);
    update(data: Bytes): void;
    digest(): Promise<Uint8Array>;
    reset(): void;
}
export declare function sigv4Auth(options: SigV4Options): Authenticate;
export {};
