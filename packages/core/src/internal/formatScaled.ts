import { powerOfTen } from "./powerOfTen";

/**
 * Prints a scaled integer with `places` decimals: `formatScaled(-1234n, 2)` is `"-12.34"`.
 * The one decimal printer, shared by money and ratios. No sign for zero.
 *
 * @internal
 */
export const formatScaled = (scaled: bigint, places: number): string => {
  const negative = scaled < 0n;
  const magnitude = negative ? -scaled : scaled;
  const scale = powerOfTen(places);
  const whole = (magnitude / scale).toString();
  const sign = negative ? "-" : "";
  return places === 0 ? `${sign}${whole}` : `${sign}${whole}.${(magnitude % scale).toString().padStart(places, "0")}`;
};
