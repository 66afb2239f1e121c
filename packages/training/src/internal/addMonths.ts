/**
 * The instant `months` calendar months after `from`, in UTC; a day missing in the target
 * month is the month's last day (31 January + 1 month = 28 or 29 February), in every year from
 * 0000 (a leap year of the proleptic Gregorian calendar) on.
 *
 * @internal
 */
export const addMonths = (from: Date, months: number): Date => {
  const result = new Date(from.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  result.setUTCDate(day);
  // a day the target month lacks ran on into the next month: back to the target month's last
  // day (`Date.UTC`, which read the years 0–99 as 1900–1999, made February 0000 28 days long)
  if (result.getUTCDate() !== day) result.setUTCDate(0);
  return result;
};
