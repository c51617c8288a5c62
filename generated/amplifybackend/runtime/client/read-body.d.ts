// Copied by opforge from src/runtime/client/read-body.ts. DO NOT EDIT.
/** Response bodies, read within a byte limit so that a misbehaving server cannot exhaust memory. */
/** The body as UTF-8 text. Throws RangeError past `limit` bytes (declared or streamed). */
export declare function readText(response: Response, limit: number): Promise<string>;
/** Response headers as a plain record (names in lower case); names are untrusted, so defined, never assigned. */
export declare function headerRecord(headers: {
  forEach(cb: (value: string, key: string) => void): void;
}): Record<string, string>;
