/**
 * Instants are handled as whole seconds since the Unix epoch (UTC) and written as
 * `YYYY-MM-DDTHH:MM:SSZ`. Nothing here reads a time zone.
 *
 * @internal
 */
export const floorToSecond = (ms: number): number => Math.floor(ms / 1000) * 1000;

/** @internal */
export const toIsoSecond = (ms: number): string => `${new Date(floorToSecond(ms)).toISOString().slice(0, 19)}Z`;

/** @internal */
export const fromIso = (iso: string): number => Date.parse(iso);

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
