// Copied by opforge from src/runtime/protocol/timestamp.ts. DO NOT EDIT.
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** A `Date` in `format`; any other value is already in wire form and passes unchanged. */
export function formatTimestamp(value, format) {
  if (!(value instanceof Date)) return value;
  if (Number.isNaN(value.getTime())) throw new TypeError("cannot send an invalid Date");
  switch (format) {
    case "epoch-seconds":
      return value.getTime() / 1000;
    case "http-date":
      return httpDate(value);
    case "date-time":
      return value.toISOString().replace(".000Z", "Z");
  }
}
/** RFC 7231 IMF-fixdate, e.g. `Mon, 06 May 2024 07:08:09 GMT`. */
export function httpDate(date) {
  const two = (n) => (n < 10 ? `0${n}` : `${n}`);
  return (
    `${DAYS[date.getUTCDay()]}, ${two(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ` +
    `${date.getUTCFullYear()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:` +
    `${two(date.getUTCSeconds())} GMT`
  );
}
