import { formatRatio, type Ratio } from "@unsms/core";
import type { ExactQuantity } from "../coverage/ExactQuantity";

/**
 * An exact ratio as an {@link ExactQuantity}: "35/6" (or "6" when whole) and its value
 * half-up to two decimals (core's `formatRatio`).
 *
 * @internal
 */
export const quantity = (value: Ratio): ExactQuantity => ({
  exact: value.denominator === 1n ? value.numerator.toString() : `${value.numerator}/${value.denominator}`,
  approx: formatRatio(value, { places: 2 }),
});
