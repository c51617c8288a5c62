/**
 * Timestamp formats as regular expressions. Both the validators and the JSON
 * Schema use these same patterns (not JSON Schema's `format`, which ajv only
 * checks with a plugin whose date arithmetic would be a second semantics).
 */
import type { IrTimestampType } from "../../ir/types.js";

/**
 * RFC 3339 `date-time`, with the leniency ajv-formats' `date-time` has (a
 * space for `T`, lower-case `t`/`z`, offsets as `+hh`, `+hhmm` or `+hh:mm`:
 * Huawei writes `2020-07-08T03:27:52.000+0000`); field ranges are checked,
 * calendar arithmetic (30 February) is not.
 */
export const DATE_TIME_PATTERN =
  "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])[Tt ]([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d+)?([Zz]|[+-]([01]\\d|2[0-3])(:?[0-5]\\d)?)$";

/** RFC 9110 IMF-fixdate, e.g. `Sun, 06 Nov 1994 08:49:37 GMT`. */
export const HTTP_DATE_PATTERN =
  "^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (0[1-9]|[12]\\d|3[01]) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} ([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60) GMT$";

/** The pattern a string timestamp must match; undefined for epoch seconds (a number). */
export function timestampPattern(t: IrTimestampType): string | undefined {
  return t.format === "date-time" ? DATE_TIME_PATTERN : t.format === "http-date" ? HTTP_DATE_PATTERN : undefined;
}
