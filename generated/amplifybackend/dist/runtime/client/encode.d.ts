/**
 * Percent-encoding of path labels and query strings, byte-for-byte like the
 * AWS SDK for JavaScript v3 (`extendedEncodeURIComponent` in @smithy/core):
 * `encodeURIComponent` plus `!'()*`, which RFC 3986 reserves.
 */
/** Encodes one path label value; a greedy label keeps its `/` separators. */
export declare function encodeLabel(value: string, greedy: boolean): string;
export declare function extendedEncodeURIComponent(value: string): string;
/**
 * Fills a path template (`/a/{id}/b/{key+}`) with encoded label values.
 * Throws when a label is missing or empty, or is a `.`/`..` segment: URL
 * parsers (fetch's included, even for `%2E`) resolve those, so the request
 * would address another resource.
 */
export declare function fillPath(template: string, labels: Readonly<Record<string, string>>): string;
/** A query string (without `?`) from ordered key/value pairs; empty when there are none. */
export declare function queryString(pairs: ReadonlyArray<readonly [string, string]>): string;
