const maxLength = 60;

/**
 * A real Date (one with a time value, whatever its prototype says) as `a Date (ISO text)` or
 * `an invalid Date`; `undefined` for anything else, or when reading it throws.
 */
const describeDate = (value: unknown): string | undefined => {
  try {
    // Date.prototype's own methods, not the value's: they throw on anything but a real Date.
    const time = Date.prototype.getTime.call(value);
    return Number.isNaN(time) ? "an invalid Date" : `a Date (${Date.prototype.toISOString.call(value)})`;
  } catch {
    return undefined;
  }
};

/**
 * A short, safe description of any value, for the `received` of an issue: a string quoted
 * (cut after about 60 characters, with its length), a number or boolean as written, a
 * bigint with its `n`, `null`, `"nothing (missing)"`, `"an array of N items"`, a Date as
 * `"a Date (2006-06-30T12:00:00.000Z)"` (its ISO text, the same under any `TZ`) or
 * `"an invalid Date"`, `"an object"`.
 * The one way every package describes what it was given; never throws, not even on a
 * revoked proxy or an object that only looks like a Date.
 *
 * @example
 * ```ts
 * import { describeValue, makeIssue } from "@unsms/core"
 *
 * console.log(describeValue("Nairobi")) // "\"Nairobi\""
 * console.log(describeValue([1, 2])) // "an array of 2 items"
 * console.log(describeValue(new Date(Date.UTC(2006, 5, 30, 12)))) // "a Date (2006-06-30T12:00:00.000Z)"
 * console.log(describeValue(new Date(Number.NaN))) // "an invalid Date"
 * console.log(makeIssue("$.headcount", "an integer >= 0", describeValue(undefined)).message)
 * // "$.headcount: expected an integer >= 0, received nothing (missing)"
 * ```
 *
 * @category errors
 * @since 0.2.0
 */
export const describeValue = (value: unknown): string => {
  switch (typeof value) {
    case "undefined":
      return "nothing (missing)";
    case "string": {
      const text = JSON.stringify(value);
      return text.length > maxLength ? `${text.slice(0, maxLength)}…" (${value.length} characters)` : text;
    }
    case "number":
    case "boolean":
      return String(value);
    case "bigint":
      return `${value}n`;
    case "symbol":
      return "a symbol";
    case "function":
      return "a function";
    default:
      if (value === null) return "null";
      try {
        if (Array.isArray(value)) return `an array of ${value.length} item${value.length === 1 ? "" : "s"}`;
      } catch {
        return "an unreadable object (a revoked proxy?)";
      }
      return describeDate(value) ?? "an object";
  }
};
