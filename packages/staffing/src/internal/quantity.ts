import type { ExactQuantity } from "../coverage/ExactQuantity";
import { decimalText, fractionText, type Fraction } from "./fraction";

/**
 * An exact fraction as an {@link ExactQuantity}.
 *
 * @internal
 */
export const quantity = (value: Fraction): ExactQuantity => ({ exact: fractionText(value), approx: decimalText(value, 2) });
