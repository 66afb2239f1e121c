/**
 * Walks a radix histogram from its top bucket down and finds the bucket that holds the
 * `need`-th largest value: every value in a higher bucket wins, and `need` is what is
 * still to be taken from inside the returned bucket.
 *
 * @internal
 */
export const cutBucket = (
  counts: { readonly [index: number]: number },
  top: number,
  need: number,
): { readonly bucket: number; readonly need: number } => {
  let bucket = top;
  let left = need;
  for (; bucket > 0; bucket--) {
    const count = counts[bucket] as number;
    if (count >= left) break;
    left -= count;
  }
  return { bucket, need: left };
};
