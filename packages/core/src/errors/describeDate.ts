import { describeValue } from "./describeValue";

/**
 * {@link describeValue} for where a `Date` is expected: a real Date as
 * `"a Date (2006-06-30T12:00:00.000Z)"` (its ISO text, the same under any `TZ`) or
 * `"an invalid Date"`, anything else as `describeValue` describes it. A real Date is one with
 * a time value, whatever its prototype says: `Date.prototype`'s own methods read it (not a
 * subclass's overrides), and they throw on an object that only has Date's prototype, or a
 * proxy of a Date, which are then described as any object. Never throws.
 *
 * @example
 * ```ts
 * import { describeDate } from "@unsms/core"
 *
 * console.log(describeDate(new Date(Date.UTC(2006, 5, 30, 12)))) // "a Date (2006-06-30T12:00:00.000Z)"
 * console.log(describeDate(new Date(Number.NaN))) // "an invalid Date"
 * console.log(describeDate("2006-06-30")) // "\"2006-06-30\""
 * ```
 *
 * @category errors
 * @since 0.2.0
 */
export const describeDate = (value: unknown): string => {
  try {
    const time = Date.prototype.getTime.call(value);
    return Number.isNaN(time) ? "an invalid Date" : `a Date (${Date.prototype.toISOString.call(value)})`;
  } catch {
    return describeValue(value);
  }
};
