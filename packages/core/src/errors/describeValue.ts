const maxLength = 60;

/**
 * A short, safe description of any value, for the `received` of an issue: a string quoted
 * (cut after about 60 characters, with its length), a number or boolean as written, a
 * bigint with its `n`, `null`, `"nothing (missing)"`, `"an array of N items"`,
 * `"an object"` (a Date too: where a Date is expected, {@link describeDate} tells its
 * instant, so that an app that never reads a Date does not carry that code).
 * The one way every package describes what it was given; never throws, not even on a
 * revoked proxy.
 *
 * @example
 * ```ts
 * import { describeValue, makeIssue } from "@unsms/core"
 *
 * console.log(describeValue("Nairobi")) // "\"Nairobi\""
 * console.log(describeValue([1, 2])) // "an array of 2 items"
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
      return "an object";
  }
};
