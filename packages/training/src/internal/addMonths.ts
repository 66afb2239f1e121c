/**
 * The instant `months` calendar months after `from`, in UTC; a day missing in the target
 * month is the month's last day (31 January + 1 month = 28 or 29 February).
 *
 * @internal
 */
export const addMonths = (from: Date, months: number): Date => {
  const result = new Date(from.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const last = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, last));
  return result;
};
