/**
 * An exact non-negative rational number, denominator > 0, always reduced.
 *
 * @internal
 */
export interface Fraction {
  readonly n: bigint;
  readonly d: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
};

/** @internal */
export const fraction = (n: bigint, d: bigint): Fraction => {
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d);
  return { n: (sign * n) / g, d: (sign * d) / g };
};

/** @internal */
export const multiply = (a: Fraction, b: Fraction): Fraction => fraction(a.n * b.n, a.d * b.d);

/** @internal */
export const divide = (a: Fraction, b: Fraction): Fraction => fraction(a.n * b.d, a.d * b.n);

/** @internal */
export const subtract = (a: Fraction, b: Fraction): Fraction => fraction(a.n * b.d - b.n * a.d, a.d * b.d);

/** The smallest integer at least `a` (for a >= 0). @internal */
export const ceiling = (a: Fraction): bigint => (a.n + a.d - 1n) / a.d;

/** "35/6", or "6" when whole. @internal */
export const fractionText = (a: Fraction): string => (a.d === 1n ? a.n.toString() : `${a.n}/${a.d}`);

/** Half-up decimal text with `places` decimals, for a >= 0. @internal */
export const decimalText = (a: Fraction, places: number): string => {
  const scale = 10n ** BigInt(places);
  const scaled = (2n * a.n * scale + a.d) / (2n * a.d);
  const whole = (scaled / scale).toString();
  return places === 0 ? whole : `${whole}.${(scaled % scale).toString().padStart(places, "0")}`;
};

/**
 * Reads "3/20", "0.15" or "1" as an exact fraction; `undefined` when malformed.
 *
 * @internal
 */
export const parseFraction = (text: string): Fraction | undefined => {
  const ratio = /^(0|[1-9][0-9]{0,17})\/([1-9][0-9]{0,17})$/.exec(text);
  if (ratio !== null) return fraction(BigInt(ratio[1] ?? "0"), BigInt(ratio[2] ?? "1"));
  const decimal = /^(0|[1-9][0-9]{0,17})(?:\.([0-9]{1,18}))?$/.exec(text);
  if (decimal === null) return undefined;
  const digits = decimal[2] ?? "";
  return fraction(BigInt(`${decimal[1] ?? "0"}${digits}`), 10n ** BigInt(digits.length));
};
