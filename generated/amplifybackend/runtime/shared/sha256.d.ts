// Copied by opforge from src/runtime/shared/sha256.ts. DO NOT EDIT.
type Bytes = string | ArrayBuffer | ArrayBufferView;
/** SHA-256, or HMAC-SHA-256 when constructed with a secret. */
export declare class NodeSha256 {
  #private;
  constructor(secret?: Bytes);
  update(data: Bytes): void;
  digest(): Promise<Uint8Array>;
  reset(): void;
}
export {};
