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

const digit = (text: string, i: number): number => text.charCodeAt(i) - 48;
const number = (text: string, from: number, to: number): number => {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + digit(text, i);
  return n;
};

/** Unix seconds of `YYYY-MM-DDTHH:MM:SSZ` (fast path), else through {@link fromIso}. @internal */
export const isoSeconds = (iso: string): number =>
  iso.length === 20 && iso.charCodeAt(19) === 90 && iso.charCodeAt(10) === 84
    ? Date.UTC(
        number(iso, 0, 4),
        number(iso, 5, 7) - 1,
        number(iso, 8, 10),
        number(iso, 11, 13),
        number(iso, 14, 16),
        number(iso, 17, 19),
      ) / 1000
    : Math.floor(fromIso(iso) / 1000);

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
