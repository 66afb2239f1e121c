import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { addMonths } from "../../src/internal/addMonths";

const at = (iso: string) => new Date(iso);

describe("addMonths", () => {
  it("a day the target month lacks is its last day: 31 January + 1 month is 28 February, or 29 in a leap year", () => {
    expect(addMonths(at("2005-01-31T00:00:00Z"), 1).toISOString()).toBe("2005-02-28T00:00:00.000Z");
    expect(addMonths(at("2004-01-31T00:00:00Z"), 1).toISOString()).toBe("2004-02-29T00:00:00.000Z");
    expect(addMonths(at("2005-08-31T12:30:00Z"), 1).toISOString()).toBe("2005-09-30T12:30:00.000Z");
    expect(addMonths(at("2004-02-29T00:00:00Z"), 12).toISOString()).toBe("2005-02-28T00:00:00.000Z");
    expect(addMonths(at("2005-11-30T08:00:00Z"), 3).toISOString()).toBe("2006-02-28T08:00:00.000Z");
  });

  it("in the years 0000–0099 too: February 0000 has 29 days (its last day was taken from 1900's)", () => {
    expect(addMonths(at("0000-01-31T00:00:00Z"), 1).toISOString()).toBe("0000-02-29T00:00:00.000Z");
    expect(addMonths(at("0001-01-31T00:00:00Z"), 1).toISOString()).toBe("0001-02-28T00:00:00.000Z");
    expect(addMonths(at("0099-12-31T00:00:00Z"), 2).toISOString()).toBe("0100-02-28T00:00:00.000Z");
  });

  it("a day the target month has is kept, across the year's end", () => {
    expect(addMonths(at("2005-11-15T08:00:00Z"), 3).toISOString()).toBe("2006-02-15T08:00:00.000Z");
    expect(addMonths(at("2003-05-02T00:00:00Z"), 36).toISOString()).toBe("2006-05-02T00:00:00.000Z");
    expect(addMonths(at("2004-01-28T00:00:00Z"), 1).toISOString()).toBe("2004-02-28T00:00:00.000Z");
  });

  test.prop([
    // every instant an RFC 3339 text can give, 0000 to 9999 (less the months added)
    fc
      .integer({ min: Date.parse("0000-01-01T00:00:00Z"), max: Date.parse("9899-01-01T00:00:00Z") })
      .map((ms) => new Date(ms)),
    fc.integer({ min: 1, max: 1200 }),
  ])(
    "law: the result lies in the calendar month `months` later, on the same day or that month's last, at the same time of day",
    (from, months) => {
      const result = addMonths(from, months);
      const monthIndex = from.getUTCFullYear() * 12 + from.getUTCMonth() + months;
      expect(result.getUTCFullYear() * 12 + result.getUTCMonth()).toBe(monthIndex);
      // the month's last day, by setUTCFullYear (Date.UTC reads the years 0–99 as 1900–1999)
      const lastDay = new Date(
        new Date(0).setUTCFullYear(result.getUTCFullYear(), result.getUTCMonth() + 1, 0),
      ).getUTCDate();
      expect(result.getUTCDate()).toBe(Math.min(from.getUTCDate(), lastDay));
      expect(
        result.getUTCHours() * 3_600_000 +
          result.getUTCMinutes() * 60_000 +
          result.getUTCSeconds() * 1000 +
          result.getUTCMilliseconds(),
      ).toBe(
        from.getUTCHours() * 3_600_000 +
          from.getUTCMinutes() * 60_000 +
          from.getUTCSeconds() * 1000 +
          from.getUTCMilliseconds(),
      );
    },
  );
});
