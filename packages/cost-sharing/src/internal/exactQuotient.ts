/**
 * floor(a / whole) for non-negative safe integers whose product terms stay below 2^53:
 * the division in doubles can be off by one, so the exact remainder `a − q × whole`
 * corrects it. The caller recomputes the remainder as `a − q × whole` (exact).
 *
 * @internal
 */
export const exactQuotient = (a: number, whole: number): number => {
  const q = Math.floor(a / whole);
  const r = a - q * whole;
  return r < 0 ? q - 1 : r >= whole ? q + 1 : q;
};
