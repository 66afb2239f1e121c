import * as Result from "effect/Result";
import { describeValue } from "../errors/describeValue";
import { InvalidInstant } from "../errors/InvalidInstant";
import { makeIssue } from "../errors/makeIssue";

/** The longest text read: room for a fraction of 38 digits with a `±hh:mm` offset, 43 with `Z`. */
const MAX_LENGTH = 64;
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;
const EXPECTED = "an RFC 3339 date-time with an offset, e.g. 2006-06-30T12:00:00Z";
/** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z: what RFC 3339 (and `toISOString`) writes with four-digit years. */
const EARLIEST = -62_167_219_200_000;
const LATEST = 253_402_300_799_999;

const daysInMonth = (year: number, month: number): number =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

/**
 * Reads an instant written as RFC 3339 with a mandatory offset
 * (`2006-06-30T12:00:00Z`, `2006-06-30T14:00:00+02:00`, `2006-06-30T12:00:00.123456789Z`)
 * and returns it as a `Date`. The one instant parser of unsms: every `--at`, JSON date-time
 * and token claim goes through it, so an answer never depends on the machine's time zone
 * (`TZ`), and an impossible date (`2007-02-30`, hour 24, a leap second) is refused rather than
 * rolled over.
 *
 * Limits: a text of at most 64 characters, so a fraction of a second may have any number of
 * digits that fits, 38 with a `±hh:mm` offset and 43 with `Z` (RFC 3339 sets no limit; a
 * nanosecond timestamp has 9). Digits past milliseconds are truncated (`.1239` is `.123`),
 * as a `Date` holds milliseconds. The instant, once its offset is applied, must lie
 * from 0000-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z, the instants RFC 3339 writes in UTC
 * with four-digit years: `9999-12-31T23:59:59-23:59` (in year 10000 in UTC) is refused, so
 * every `Date` it gives prints with `toISOString` as text it reads back to the same instant.
 *
 * Never throws: a non-string gets an {@link InvalidInstant} too. `path` names the input in
 * errors: by default `text`, the argument's name; a reader of a document passes where the
 * text is (`"$.notifiedAt"`), the CLI its flag (`"--at"`).
 *
 * @example
 * ```ts
 * import { parseInstant } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const at = Result.getOrThrow(parseInstant("2006-06-30T14:00:00+02:00"))
 * console.log(at.toISOString()) // "2006-06-30T12:00:00.000Z"
 * console.log(Result.isFailure(parseInstant("2007-02-30T00:00:00Z"))) // true
 * console.log(Result.isFailure(parseInstant("2006-06-30T12:00:00"))) // true
 * const late = parseInstant("9999-12-31T23:59:59-23:59", "--at")
 * if (Result.isFailure(late)) console.log(late.failure.received)
 * // "\"9999-12-31T23:59:59-23:59\" (year 10000 in UTC)"
 * ```
 *
 * @category time
 * @since 0.2.0
 */
export const parseInstant = (text: string, path = "text"): Result.Result<Date, InvalidInstant> => {
  const where = typeof path === "string" ? path : "text";
  const fail = (expected: string, received: string) =>
    Result.fail(new InvalidInstant(makeIssue(where, expected, received)));
  if (typeof text !== "string") return fail(EXPECTED, describeValue(text));
  if (text.length > MAX_LENGTH)
    return fail(`an RFC 3339 date-time of at most ${MAX_LENGTH} characters`, describeValue(text));
  const match = RFC3339.exec(text);
  if (match === null) return fail(EXPECTED, describeValue(text));
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return fail("a real calendar date", describeValue(text));
  if (hour > 23 || minute > 59) return fail("a time of day from 00:00 to 23:59", describeValue(text));
  if (second > 59) return fail("seconds from 00 to 59 (leap seconds cannot be represented)", describeValue(text));
  let offsetMinutes = 0;
  if (match[8] === undefined) {
    const offsetHours = Number(match[10]);
    const offsetMins = Number(match[11]);
    if (offsetHours > 23 || offsetMins > 59) return fail("an offset from -23:59 to +23:59", describeValue(text));
    offsetMinutes = (match[9] === "-" ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  const milliseconds = match[7] === undefined ? 0 : Number(match[7].slice(0, 3).padEnd(3, "0"));
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute - offsetMinutes, second, milliseconds);
  const time = date.getTime();
  return time < EARLIEST || time > LATEST
    ? fail(
        "an instant from 0000-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z in UTC",
        `${describeValue(text)} (year ${date.getUTCFullYear()} in UTC)`,
      )
    : Result.succeed(date);
};
