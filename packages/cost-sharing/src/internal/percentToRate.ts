/**
 * A percentage written as a decimal (`"0.5"`, `"12"`: the JSON form of a tier's
 * `belowPercent`, already matched by its pattern) as the exact fraction of one it stands for:
 * `"0.5"` is 5/1000. Not reduced; the denominator is 100 times a power of ten.
 *
 * @internal
 */
export const percentToRate = (text: string): { readonly numerator: bigint; readonly denominator: bigint } => {
  const [whole = "0", fraction = ""] = text.split(".");
  return { numerator: BigInt(whole + fraction), denominator: 100n * 10n ** BigInt(fraction.length) };
};
