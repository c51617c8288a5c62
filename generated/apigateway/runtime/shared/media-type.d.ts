// Copied by opforge from src/runtime/shared/media-type.ts. DO NOT EDIT.
/** Content types the REST-JSON protocols read and write. */
/** Whether a `Content-Type` value names JSON (`application/json`, `*+json`, `application/x-amz-json-*`). */
export declare function isJsonMediaType(contentType: string): boolean;
