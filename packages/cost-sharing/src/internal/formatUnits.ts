import { formatMoney, type Currency } from "@unsms/core";

/**
 * `formatMoney({ minorUnits, currency })`, with number arithmetic while the amount is a
 * safe integer (then `Math.floor` of the division is exact and so is the remainder): the
 * same text, without the bigint divisions that dominate writing a million shares. Beyond
 * 2^53 − 1 minor units, or with more than 15 decimals, core's `formatMoney` itself.
 *
 * @internal
 */
export const formatUnits = (minorUnits: bigint, currency: Currency): string => {
  const exponent = currency.exponent;
  const n = Number(minorUnits);
  if (
    !(n >= -Number.MAX_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) ||
    exponent > 15 ||
    exponent < 0 ||
    !Number.isInteger(exponent)
  ) {
    return formatMoney({ minorUnits, currency });
  }
  const magnitude = n < 0 ? -n : n;
  const sign = n < 0 ? "-" : "";
  if (exponent === 0) return `${sign}${magnitude}`;
  const scale = 10 ** exponent;
  const whole = Math.floor(magnitude / scale);
  const fraction = String(magnitude - whole * scale);
  return `${sign}${whole}.${fraction.length < exponent ? "0".repeat(exponent - fraction.length) + fraction : fraction}`;
};
