type Counts = { [index: number]: number; fill: (value: number, start?: number, end?: number) => unknown };

/**
 * The first level of the radix selection over `n` remainders below `whole`: the number of
 * buckets (about one per remainder, a power of two from 16 to 65 536), the power of two
 * each bucket spans, and zeroed counts, so the caller can count while it computes the
 * remainders.
 *
 * @internal
 */
export const radixPlan = (
  n: number,
  whole: number,
): { readonly radix: number; readonly inverse: number; readonly counts: Counts } => {
  let radix = 16;
  while (radix < n && radix < 65_536) radix *= 2;
  let scale = 1;
  while (whole / scale > radix) scale *= 2;
  return { radix, inverse: 1 / scale, counts: radix <= 256 ? new Array<number>(radix).fill(0) : new Int32Array(radix) };
};
