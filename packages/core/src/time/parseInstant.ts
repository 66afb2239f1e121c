import { describeValue } from "../errors/describeValue";
import * as Result from "effect/Result";
import { InvalidInstant } from "../errors/InvalidInstant";
import { makeIssue } from "../errors/makeIssue";

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;
const EXPECTED = "an RFC 3339 date-time with an offset, e.g. 2006-06-30T12:00:00Z";

const daysInMonth = (year: number, month: number): number =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

const quote = (text: string): string => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

/**
 * Reads an instant written as RFC 3339 with a mandatory offset
 * (`2006-06-30T12:00:00Z`, `2006-06-30T14:00:00+02:00`, fractions of a second allowed)
 * and returns it as a `Date`. The one instant parser of unsms: every `--at`, JSON date-time
 * and token claim goes through it, so an answer never depends on the machine's time zone
 * (`TZ`), and an impossible date (`2007-02-30`, hour 24, a leap second) is refused rather than
 * rolled over. Years 0000–9999; fractions beyond milliseconds are truncated. Never throws:
 * a non-string gets an {@link InvalidInstant} too. `path` names the input in errors (`"$"` when it
 * is not a string).
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
 * ```
 *
 * @category time
 * @since 0.2.0
 */
export const parseInstant = (text: string, path = "$"): Result.Result<Date, InvalidInstant> => {
  const where = typeof path === "string" ? path : "$";
  const fail = (expected: string, received: string) =>
    Result.fail(new InvalidInstant(makeIssue(where, expected, received)));
  if (typeof text !== "string") return fail(EXPECTED, describeValue(text));
  const match = RFC3339.exec(text);
  if (match === null) return fail(EXPECTED, quote(text));
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return fail("a real calendar date", quote(text));
  if (hour > 23 || minute > 59) return fail("a time of day from 00:00 to 23:59", quote(text));
  if (second > 59) return fail("seconds from 00 to 59 (leap seconds cannot be represented)", quote(text));
  let offsetMinutes = 0;
  if (match[8] === undefined) {
    const offsetHours = Number(match[10]);
    const offsetMins = Number(match[11]);
    if (offsetHours > 23 || offsetMins > 59) return fail("an offset from -23:59 to +23:59", quote(text));
    offsetMinutes = (match[9] === "-" ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  const milliseconds = match[7] === undefined ? 0 : Number(match[7].slice(1, 4).padEnd(3, "0"));
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute - offsetMinutes, second, milliseconds);
  return Result.succeed(date);
};
