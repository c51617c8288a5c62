// Copied by opforge from src/runtime/mock/request-id.ts. DO NOT EDIT.
/** Request ids: unique-looking and cheap (uuid layout), one per answer. */
/** A new request id, different for every answer of the process. */
export declare function nextRequestId(): string;
