// Copied by opforge from src/runtime/protocol/timestamp.ts. DO NOT EDIT.
/**
 * Timestamps on the wire. The documented form of a timestamp already is its
 * wire form (a string for `date-time` and `http-date`, a number of seconds
 * for `epoch-seconds`), which validators check; a client caller may also
 * pass a `Date`, written the way the AWS SDK v3 writes it.
 */
import type { TimestampFormat } from "../table/model.js";
/** A `Date` in `format`; any other value is already in wire form and passes unchanged. */
export declare function formatTimestamp(value: unknown, format: TimestampFormat): unknown;
/** RFC 7231 IMF-fixdate, e.g. `Mon, 06 May 2024 07:08:09 GMT`. */
export declare function httpDate(date: Date): string;
