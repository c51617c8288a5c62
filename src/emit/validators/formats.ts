/**
 * Timestamp formats. `date-time` is checked by the runtime's `isDateTime`
 * (RFC 3339 with real calendar dates, exactly as ajv-formats' `date-time`),
 * and the JSON Schema says `format: "date-time"`. `http-date` is a pattern,
 * the same in the validators and the schema, that also knows the calendar
 * (no 30 February, 29 February in leap years only); the day name is not
 * checked against the date. `epoch-seconds` is a finite number.
 */
import type { IrTimestampType } from "../../ir/types.js";

const MONTHS = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
/** A leap year: divisible by 4 and not by 100, or by 400. */
const LEAP_YEAR = "(\\d\\d(0[48]|[2468][048]|[13579][26])|([02468][048]|[13579][26])00)";
const DATE = [
  `(0[1-9]|1\\d|2[0-8]) ${MONTHS} \\d{4}`,
  "(29|30) (Jan|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4}",
  "31 (Jan|Mar|May|Jul|Aug|Oct|Dec) \\d{4}",
  `29 Feb ${LEAP_YEAR}`,
].join("|");

/** RFC 9110 IMF-fixdate, e.g. `Sun, 06 Nov 1994 08:49:37 GMT`, on real calendar dates. */
export const HTTP_DATE_PATTERN = `^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (${DATE}) ([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60) GMT$`;

/** How a timestamp is checked: a runtime function, a pattern, or a finite number. */
export type TimestampCheck = { kind: "date-time" } | { kind: "pattern"; pattern: string } | { kind: "number" };

export function timestampCheck(t: IrTimestampType): TimestampCheck {
  if (t.format === "date-time") return { kind: "date-time" };
  if (t.format === "http-date") return { kind: "pattern", pattern: HTTP_DATE_PATTERN };
  return { kind: "number" };
}
