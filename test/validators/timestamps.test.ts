/**
 * Timestamps are dates: the runtime's `isDateTime` means exactly what
 * ajv-formats' `date-time` means (so validators and schema agree), and the
 * HTTP-date pattern accepts exactly the IMF-fixdates of real calendar days.
 */
import addFormatsModule from "ajv-formats";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { HTTP_DATE_PATTERN } from "../../src/emit/validators/formats.js";
import { isDateTime } from "../../src/runtime/shared/validation.js";

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;
const ajvDateTime = addFormats(new Ajv2020({ strict: true })).compile({ type: "string", format: "date-time" });

/** Strings built from the pieces a date-time is made of, so that most are near-valid. */
const piece = fc.oneof(
  fc.constantFrom("2024", "2023", "1900", "2000", "0000", "9999", "-", ":", "T", "t", " ", "\t", "\u00a0", "\u2028", "\ufeff", "Z", "z", "+", "-", "."),
  fc.constantFrom("00", "01", "02", "12", "13", "23", "24", "28", "29", "30", "31", "59", "60", "61", "99"),
  fc.integer({ min: 0, max: 9 }).map(String),
  fc.string({ maxLength: 2 }),
);
const nearDateTime = fc.oneof(
  fc.array(piece, { maxLength: 14 }).map((p) => p.join("")),
  fc.tuple(
    fc.constantFrom("2024", "2023", "1900", "2000", "2100"),
    fc.constantFrom("01", "02", "04", "12", "13", "00"),
    fc.constantFrom("01", "28", "29", "30", "31", "32"),
    fc.constantFrom("T", "t", " ", "\t", "x"),
    fc.constantFrom("00", "12", "23", "24"),
    fc.constantFrom("00", "59", "60"),
    fc.constantFrom("00", "59", "60", "60.999", "61", "07.5"),
    fc.constantFrom("Z", "z", "", "+00:00", "-00:30", "+01:00", "-01:00", "+0100", "+01", "+24:00", "+23:60", "+1"),
  ).map(([y, mo, d, sep, h, mi, s, tz]) => `${y}-${mo}-${d}${sep}${h}:${mi}:${s}${tz}`),
);

describe("date-time", () => {
  test("isDateTime agrees with ajv-formats' date-time on 100,000 near-valid strings", () => {
    let valid = 0;
    fc.assert(
      fc.property(nearDateTime, (s) => {
        const expected = ajvDateTime(s);
        if (isDateTime(s) !== expected) throw new Error(`disagreement on ${JSON.stringify(s)}: ajv-formats ${expected}`);
        if (expected) valid++;
      }),
      { numRuns: 100_000 },
    );
    expect(valid).toBeGreaterThan(1000);
  });

  test("calendar dates: 30 February and 29 February of common years are rejected", () => {
    expect(isDateTime("2020-02-29T00:00:00Z")).toBe(true);
    expect(isDateTime("2000-02-29T00:00:00Z")).toBe(true);
    expect(isDateTime("1900-02-29T00:00:00Z")).toBe(false);
    expect(isDateTime("2021-02-29T00:00:00Z")).toBe(false);
    expect(isDateTime("2020-02-30T00:00:00Z")).toBe(false);
    expect(isDateTime("2020-04-31T00:00:00Z")).toBe(false);
    expect(isDateTime("2020-07-08T03:27:52.000+0000")).toBe(true);
    expect(isDateTime("2016-12-31T23:59:60Z")).toBe(true);
    expect(isDateTime("2016-12-31T22:59:60Z")).toBe(false);
    expect(isDateTime("2020-07-08T03:27:52")).toBe(false);
  });
});

describe("http-date", () => {
  const re = new RegExp(HTTP_DATE_PATTERN, "u");
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  /** The reference: a real day of the proleptic Gregorian calendar, time in range (leap second 60 allowed). */
  const isRealDay = (day: number, month: number, year: number) => {
    const d = new Date(Date.UTC(2000, month, day));
    d.setUTCFullYear(year);
    return d.getUTCDate() === day && d.getUTCMonth() === month;
  };

  test("accepts exactly the real calendar days, every year 0000-9999 pattern", () => {
    const arb = fc.tuple(fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 11 }), fc.integer({ min: 0, max: 9999 }));
    fc.assert(
      fc.property(arb, ([day, month, year]) => {
        const text = `Sun, ${String(day).padStart(2, "0")} ${MONTHS[month]} ${String(year).padStart(4, "0")} 08:49:37 GMT`;
        expect(re.test(text), text).toBe(day >= 1 && isRealDay(day, month, year));
      }),
      { numRuns: 20_000 },
    );
  });

  test("every day of a leap and a common year, and the clock's bounds", () => {
    for (const year of [1900, 2000, 2023, 2024]) {
      for (let month = 0; month < 12; month++) {
        for (let day = 1; day <= 31; day++) {
          const text = `Mon, ${String(day).padStart(2, "0")} ${MONTHS[month]} ${year} 00:00:00 GMT`;
          expect(re.test(text), text).toBe(isRealDay(day, month, year));
        }
      }
    }
    expect(re.test("Sun, 06 Nov 1994 23:59:60 GMT")).toBe(true);
    expect(re.test("Sun, 06 Nov 1994 24:00:00 GMT")).toBe(false);
    expect(re.test("Sun, 06 Nov 1994 08:60:00 GMT")).toBe(false);
    expect(re.test("Sun, 6 Nov 1994 08:49:37 GMT")).toBe(false);
  });
});
