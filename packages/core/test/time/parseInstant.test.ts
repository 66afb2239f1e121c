import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { describeValue } from "../../src/errors/describeValue";
import { parseInstant } from "../../src/time/parseInstant";

const EARLIEST = Date.parse("0000-01-01T00:00:00.000Z");
const LATEST = Date.parse("9999-12-31T23:59:59.999Z");
/** RFC 3339 texts across the whole of years 0000–9999, with any offset and fraction: the edges included. */
const rfc3339 = fc
  .tuple(
    fc.date({ min: new Date(EARLIEST), max: new Date(LATEST), noInvalidDate: true }),
    fc.oneof(fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 }), fc.constantFrom(-(23 * 60 + 59), 23 * 60 + 59)),
    fc.string({ unit: fc.constantFrom(..."0123456789"), maxLength: 20 }),
  )
  .map(([date, offset, fraction]) => {
    const sign = offset < 0 ? "-" : "+";
    const abs = Math.abs(offset);
    const zone =
      offset === 0
        ? "Z"
        : `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
    const local = date.toISOString().slice(0, 19);
    const text = `${local}${fraction === "" ? "" : `.${fraction}`}${zone}`;
    // the instant it names: the local time read as UTC, its milliseconds truncated, less the offset
    const utc = Date.parse(`${local}.${fraction.slice(0, 3).padEnd(3, "0")}Z`) - offset * 60_000;
    return { text, utc };
  });

const ok = (text: string) => Result.getOrThrow(parseInstant(text)).toISOString();
const refused = (text: unknown) => Result.isFailure(parseInstant(text as string));

describe("parseInstant", () => {
  it("reads RFC 3339 with an offset, the same under any TZ", () => {
    expect(ok("2006-06-30T12:00:00Z")).toBe("2006-06-30T12:00:00.000Z");
    expect(ok("2006-06-30T14:00:00+02:00")).toBe("2006-06-30T12:00:00.000Z");
    expect(ok("2006-06-30T07:30:00-04:30")).toBe("2006-06-30T12:00:00.000Z");
    expect(ok("2006-06-30t12:00:00.1234z")).toBe("2006-06-30T12:00:00.123Z");
    expect(ok("0001-01-01T00:00:00Z")).toBe("0001-01-01T00:00:00.000Z");
    expect(ok("0000-01-01T00:00:00-01:00")).toBe("0000-01-01T01:00:00.000Z");
    expect(ok("2008-02-29T00:00:00Z")).toBe("2008-02-29T00:00:00.000Z");
  });
  it("reads February 29 of a leap year: every fourth, but not a century's unless it is a fourth century's", () => {
    expect(ok("2000-02-29T00:00:00Z")).toBe("2000-02-29T00:00:00.000Z");
    expect(ok("2004-02-29T00:00:00Z")).toBe("2004-02-29T00:00:00.000Z");
    expect(ok("0000-02-29T00:00:00Z")).toBe("0000-02-29T00:00:00.000Z");
    for (const year of ["1900", "2100", "2006"]) expect(refused(`${year}-02-29T00:00:00Z`), year).toBe(true);
  });
  it("refuses text without an offset, impossible dates and anything but a string", () => {
    for (const text of [
      "2006-06-30T12:00:00",
      "2006-06-30",
      "2006-06-30 12:00:00Z",
      "2007-02-30T00:00:00Z",
      "1900-02-29T00:00:00Z",
      "2006-13-01T00:00:00Z",
      "2006-00-10T00:00:00Z",
      "2006-06-00T00:00:00Z",
      "2006-06-30T24:00:00Z",
      "2006-06-30T12:60:00Z",
      "2006-12-31T23:59:60Z",
      "2006-06-30T12:00:00+24:00",
      "2006-06-30T12:00:00+02:60",
      "+02006-06-30T12:00:00Z",
      " 2006-06-30T12:00:00Z",
      "2006-06-30T12:00:00Z\n",
      "",
      "1151668800000",
    ])
      expect(refused(text), text).toBe(true);
    for (const value of [undefined, null, 0, new Date(0), {}]) expect(refused(value)).toBe(true);
  });
  it("names the path and quotes only a short excerpt", () => {
    const result = parseInstant("x".repeat(1000), "--at");
    if (Result.isSuccess(result)) throw new Error("accepted");
    expect(result.failure.path).toBe("--at");
    expect(result.failure.received).toBe(describeValue("x".repeat(1000)));
    expect(result.failure.received.length).toBeLessThan(100);
  });
  it("reads a fraction of any number of digits, up to its 64 characters, and truncates it to milliseconds", () => {
    expect(ok("2006-06-30T12:00:00.1234567890Z")).toBe("2006-06-30T12:00:00.123Z");
    expect(ok("2006-06-30T12:00:00.999999999999-00:00")).toBe("2006-06-30T12:00:00.999Z");
    const longest = `2006-06-30T12:00:00.${"9".repeat(38)}+02:00`;
    expect(longest).toHaveLength(64);
    expect(ok(longest)).toBe("2006-06-30T10:00:00.999Z");
    expect(ok(`2006-06-30T12:00:00.${"5".repeat(43)}Z`)).toBe("2006-06-30T12:00:00.555Z");
    const tooLong = parseInstant(`2006-06-30T12:00:00.${"9".repeat(39)}+02:00`);
    expect(Result.isFailure(tooLong) && tooLong.failure.expected).toBe(
      "an RFC 3339 date-time of at most 64 characters",
    );
  });
  it("refuses an instant whose UTC value is outside years 0000–9999, saying so", () => {
    for (const [text, year] of [
      ["9999-12-31T23:59:59-23:59", 10000],
      ["9999-12-31T23:59:59.999-00:01", 10000],
      // exactly one millisecond past the latest instant
      ["9999-12-31T23:59:00.000-00:01", 10000],
      ["0000-01-01T00:00:00+23:59", -1],
      ["0000-01-01T00:00:00+00:01", -1],
    ] as const) {
      const result = parseInstant(text, "--at");
      if (Result.isSuccess(result)) throw new Error(`accepted ${text}`);
      expect(result.failure.path).toBe("--at");
      expect(result.failure.expected).toBe("an instant from 0000-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z in UTC");
      expect(result.failure.received).toBe(`"${text}" (year ${year} in UTC)`);
    }
    expect(ok("0000-01-01T00:00:00Z")).toBe("0000-01-01T00:00:00.000Z");
    expect(ok("9999-12-31T23:58:59.999-00:01")).toBe("9999-12-31T23:59:59.999Z");
    expect(ok("9999-12-31T23:59:59.9999Z")).toBe("9999-12-31T23:59:59.999Z");
    expect(ok("9999-12-31T23:59:59+23:59")).toBe("9999-12-31T00:00:59.000Z");
  });
  test.prop([
    fc.date({ min: new Date("0000-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59.999Z"), noInvalidDate: true }),
  ])("round-trips every instant of years 0000–9999 written as toISOString", (date) => {
    expect(Result.getOrThrow(parseInstant(date.toISOString())).getTime()).toBe(date.getTime());
  });
  test.prop([
    fc.date({ min: new Date("1000-01-01T00:00:00Z"), max: new Date("9000-12-31T00:00:00Z"), noInvalidDate: true }),
    fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 }),
  ])("an offset names the same instant as Z", (date, offset) => {
    const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 23);
    const sign = offset < 0 ? "-" : "+";
    const abs = Math.abs(offset);
    const text = `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
    expect(Result.getOrThrow(parseInstant(text)).getTime()).toBe(date.getTime());
  });
  test.prop([rfc3339])(
    "accepts exactly the instants of years 0000–9999 in UTC, and each formats to text it reads back",
    ({ text, utc }) => {
      const result = parseInstant(text);
      expect(Result.isSuccess(result)).toBe(utc >= EARLIEST && utc <= LATEST);
      if (Result.isFailure(result)) return;
      expect(result.success.getTime()).toBe(utc);
      const printed = result.success.toISOString();
      expect(Result.getOrThrow(parseInstant(printed)).getTime()).toBe(utc);
    },
  );
  test.prop([fc.anything()])("never throws", (value) => {
    expect(() => parseInstant(value as string)).not.toThrow();
  });
});

describe("parseInstant of a value that is not a text", () => {
  it.each([
    [42, "42"],
    [null, "null"],
    [undefined, "nothing (missing)"],
  ])("%s is described by describeValue", (value, received) => {
    const result = parseInstant(value as never);
    expect(Result.isFailure(result) && result.failure.received).toBe(received);
  });
});

/** The number of days in a month (1–12) of a year, by the JS engine's proleptic Gregorian calendar. */
const daysIn = (year: number, month: number): number => {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
};
const pad = (value: number, width: number) => String(value).padStart(width, "0");
/** Runs `body` with the process in time zone `zone`, then puts the zone back. */
const inZone = <A>(zone: string, body: () => A): A => {
  const saved = process.env["TZ"];
  process.env["TZ"] = zone;
  try {
    return body();
  } finally {
    if (saved === undefined) delete process.env["TZ"];
    else process.env["TZ"] = saved;
  }
};
const zones = ["Asia/Kathmandu", "America/St_Johns", "Pacific/Kiritimati", "America/Los_Angeles", "Europe/London"];

describe("parseInstant: the calendar, the exact range, the text's shape and the process time zone", () => {
  it("reads the last day of every month and refuses the day after, in common and leap years", () => {
    for (const year of [2006, 2008, 1900, 2000])
      for (let month = 1; month <= 12; month += 1) {
        const last = daysIn(year, month);
        const date = `${year}-${pad(month, 2)}`;
        expect(ok(`${date}-${pad(last, 2)}T00:00:00Z`)).toBe(`${date}-${pad(last, 2)}T00:00:00.000Z`);
        expect(refused(`${date}-${pad(last + 1, 2)}T00:00:00Z`), `${date}-${last + 1}`).toBe(true);
      }
  });
  test.prop([fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })])(
    "accepts a day exactly when the month of that year has it",
    (year, month, day) => {
      const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T00:00:00Z`;
      const result = parseInstant(text);
      expect(Result.isSuccess(result)).toBe(day <= daysIn(year, month));
      if (Result.isSuccess(result))
        expect([
          result.success.getUTCFullYear(),
          result.success.getUTCMonth() + 1,
          result.success.getUTCDate(),
        ]).toEqual([year, month, day]);
    },
  );
  it("takes the earliest instant however it is written, and refuses the millisecond before it", () => {
    expect(ok("0000-01-01T00:01:00+00:01")).toBe("0000-01-01T00:00:00.000Z");
    const before = parseInstant("0000-01-01T00:00:59.999+00:01");
    expect(Result.isFailure(before) && before.failure.received).toBe(
      '"0000-01-01T00:00:59.999+00:01" (year -1 in UTC)',
    );
  });
  it("refuses an offset without its colon, an empty fraction, a year of five digits and short fields", () => {
    for (const text of [
      "2006-06-30T12:00:00+0200",
      "2006-06-30T12:00:00+02",
      "2006-06-30T12:00:00.Z",
      "2006-06-30T12:00:00.+02:00",
      "02006-06-30T12:00:00Z",
      "2006-6-30T12:00:00Z",
      "2006-06-30T12:00:00+2:00",
    ])
      expect(refused(text), text).toBe(true);
  });
  it("really runs under another time zone (else the next tests could not fail)", () => {
    // Nepal was at +05:30 in 1970
    expect(inZone("Asia/Kathmandu", () => new Date(0).getTimezoneOffset())).toBe(-330);
  });
  test.prop([rfc3339, fc.constantFrom(...zones)])(
    "names the same instant whatever the process time zone, DST gaps and years 0000–0099 included",
    ({ text, utc }, zone) => {
      const result = inZone(zone, () => parseInstant(text));
      expect(Result.isSuccess(result)).toBe(utc >= EARLIEST && utc <= LATEST);
      if (Result.isSuccess(result)) expect(result.success.getTime()).toBe(utc);
    },
  );
  it("reads a local time London skips or repeats, and year 0050, the same in every zone", () => {
    for (const zone of zones)
      inZone(zone, () => {
        expect(ok("2006-03-26T01:30:00Z"), zone).toBe("2006-03-26T01:30:00.000Z");
        expect(ok("2006-10-29T01:30:00+00:00"), zone).toBe("2006-10-29T01:30:00.000Z");
        expect(ok("0050-06-30T12:00:00+05:45"), zone).toBe("0050-06-30T06:15:00.000Z");
      });
  });
});
