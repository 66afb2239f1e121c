import type { RoundingMode } from "../ratio/RoundingMode";

/**
 * Makes a rounding mode total for plain JS callers: `body` runs on two `bigint`s with a
 * positive denominator (a negative one is moved to the numerator), and anything else — a
 * zero whole, a number, a proxy — gives `0n` instead of an exception.
 *
 * @internal
 */
export const roundingMode =
  (body: RoundingMode): RoundingMode =>
  (numerator, denominator) =>
    typeof numerator !== "bigint" || typeof denominator !== "bigint" || denominator === 0n
      ? 0n
      : denominator < 0n
        ? body(-numerator, -denominator)
        : body(numerator, denominator);
