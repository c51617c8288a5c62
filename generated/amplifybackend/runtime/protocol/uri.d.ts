// Copied by opforge from src/runtime/protocol/uri.ts. DO NOT EDIT.
/**
 * URLs of requests: percent-encoding byte-for-byte like the AWS SDK for
 * JavaScript v3 (`extendedEncodeURIComponent` in @smithy/core:
 * `encodeURIComponent` plus `!'()*`, which RFC 3986 reserves), path
 * templates filled with label values, and query strings.
 */
import type { PathTemplate } from "../table/path-template.js";
/** `encodeURIComponent` plus `!'()*`, as the AWS SDK v3 encodes labels and query strings. */
export declare function extendedEncodeURIComponent(value: string): string;
/** Encodes one path label value; a greedy label keeps its `/` separators. */
export declare function encodeLabel(value: string, greedy: boolean): string;
/**
 * The path of a template filled with label values (by label name). Throws
 * when a label is missing or empty, or is a `.`/`..` segment: URL parsers
 * (fetch's included, even for `%2E`) resolve those, so the request would
 * address another resource.
 */
export declare function fillPath(
  template: PathTemplate,
  labels: Readonly<Record<string, string>>,
): string;
/** A query string (without `?`) from ordered key/value pairs; empty when there are none. */
export declare function queryString(pairs: ReadonlyArray<readonly [string, string]>): string;
