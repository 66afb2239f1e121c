/**
 * 10^exponent as a bigint.
 *
 * @internal
 */
export const powerOfTen = (exponent: number): bigint => 10n ** BigInt(exponent);
