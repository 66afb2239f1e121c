import { parseInstant } from "@unsms/core";
import * as Result from "effect/Result";

/**
 * Instants are handled as whole seconds since the Unix epoch (UTC) and written as
 * `YYYY-MM-DDTHH:MM:SSZ`. Nothing here reads a time zone.
 *
 * @internal
 */
export const floorToSecond = (ms: number): number => Math.floor(ms / 1000) * 1000;

const two = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/**
 * `YYYY-MM-DDTHH:MM:SSZ` of an instant, computed from the day number (H. Hinnant's
 * civil-from-days), faster than `toISOString` on the verification path; years 0000–9999.
 *
 * @internal
 */
export const toIsoSecond = (ms: number): string => {
  const seconds = Math.floor(ms / 1000);
  const days = Math.floor(seconds / 86_400);
  const secondOfDay = seconds - days * 86_400;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const hour = Math.floor(secondOfDay / 3600);
  const minute = Math.floor((secondOfDay % 3600) / 60);
  return `${String(year).padStart(4, "0")}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:${two(secondOfDay % 60)}Z`;
};

/**
 * The milliseconds of an instant text through core's one parser, `parseInstant` (NaN for
 * text that is not an RFC 3339 instant with an offset).
 *
 * @internal
 */
export const fromIso = (iso: string): number => {
  const parsed = parseInstant(iso);
  return Result.isSuccess(parsed) ? parsed.success.getTime() : Number.NaN;
};

/** The number the digits of `text[from, to)` write, or -1 when one is not an ASCII digit. */
const digits = (text: string, from: number, to: number): number => {
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
};

const daysInMonth = (year: number, month: number): number =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : month === 4 || month === 6 || month === 9 || month === 11
      ? 30
      : 31;

/** `YYYY-MM-DDTHH:MM:SSZ`: its separators where they belong (the digits are checked apart). */
const storedShape = (iso: string): boolean =>
  iso.length === 20 &&
  iso.charCodeAt(4) === 45 && // -
  iso.charCodeAt(7) === 45 &&
  iso.charCodeAt(10) === 84 && // T
  iso.charCodeAt(13) === 58 && // :
  iso.charCodeAt(16) === 58 &&
  iso.charCodeAt(19) === 90; // Z

/**
 * Unix seconds of an RFC 3339 instant, as core's `parseInstant` reads it (floored to the
 * second; NaN for any text it refuses). The stored form `YYYY-MM-DDTHH:MM:SSZ` has a fast
 * path that checks what parseInstant checks — digits, month 1–12, a day of that month (leap
 * years included), hour < 24, minute and second < 60 — so an impossible date (`2006-02-30`,
 * month 13, hour 99, a letter for a digit) is never rolled over; it, any other text and
 * years before 0100 (which `Date.UTC` would read as 19xx) go through {@link fromIso}.
 *
 * @internal
 */
export const isoSeconds = (iso: string): number => {
  if (storedShape(iso)) {
    const year = digits(iso, 0, 4);
    const month = digits(iso, 5, 7);
    const day = digits(iso, 8, 10);
    const hour = digits(iso, 11, 13);
    const minute = digits(iso, 14, 16);
    const second = digits(iso, 17, 19);
    if (
      year >= 100 &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= daysInMonth(year, month) &&
      hour >= 0 &&
      hour <= 23 &&
      minute >= 0 &&
      minute <= 59 &&
      second >= 0 &&
      second <= 59
    )
      return Date.UTC(year, month - 1, day, hour, minute, second) / 1000;
  }
  return Math.floor(fromIso(iso) / 1000);
};

/** The first instant a token cannot carry: 10000-01-01T00:00:00Z. @internal */
export const END_OF_TOKEN_TIME_MS = 253_402_300_800_000;

/** The same instant `months` calendar months later (UTC), the day clamped to the month's last. @internal */
export const addMonthsUtc = (ms: number, months: number): number => {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(date.getUTCDate(), lastDay);
  return Date.UTC(year, month, day, date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds());
};

/** The first instant of the next UTC year: the exclusive end of 31 December. @internal */
export const endOfUtcYear = (ms: number): number => Date.UTC(new Date(ms).getUTCFullYear() + 1, 0, 1);

/** Whole years from a `YYYY-MM-DD` birth date to the UTC day of `ms`. @internal */
export const ageOn = (dateOfBirth: string, ms: number): number => {
  const [y, m, d] = dateOfBirth.split("-").map(Number) as [number, number, number];
  const at = new Date(ms);
  const years = at.getUTCFullYear() - y;
  const beforeBirthday = at.getUTCMonth() + 1 < m || (at.getUTCMonth() + 1 === m && at.getUTCDate() < d);
  return beforeBirthday ? years - 1 : years;
};
