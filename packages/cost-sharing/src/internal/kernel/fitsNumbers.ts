const LIMIT = 9_007_199_254_740_992n;

/**
 * Whether the split of a total of `t` minor units (its magnitude as a number, maybe
 * rounded; `magnitude` is the exact one when it may be) by weights adding up to `whole`,
 * the largest `maxWeight`, can be computed exactly with numbers: `|total| × maxWeight +
 * whole ≤ 2^53`, so every product `t × w` and `q × whole` is exact. The number test
 * decides almost always (below 2^52, with room for rounding); bigints settle the edge.
 *
 * @internal
 */
export const fitsNumbers = (t: number, maxWeight: number, whole: number, magnitude?: bigint): boolean =>
  t * maxWeight + whole <= 2 ** 52 || (magnitude ?? BigInt(t)) * BigInt(maxWeight) + BigInt(whole) <= LIMIT;
