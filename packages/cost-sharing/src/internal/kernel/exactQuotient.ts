/**
 * floor(a / whole) for non-negative integers `a < 2^53` and `0 < whole ≤ 2^53`, computed in
 * doubles and exact with no correction: the rounded quotient is at least the true floor
 * `m` (rounding is monotone and `m` is representable), and it could reach `m + 1` only if
 * the gap `d / whole` (`d = whole − r ≥ 1`) were at most half a unit in the last place of
 * `m + 1`, at most `(m + 1) / 2^53`; that is `d × 2^53 ≤ whole × (m + 1) = a + d`, which
 * forces `d = 1` and `a = 2^53 − 1`, so `whole × (m + 1) = 2^53`, `whole` is a power of two
 * and the division was exact. The callers keep `t × w + whole ≤ 2^53`, so `a = t × w` is
 * exact and so is the remainder `a − q × whole`.
 *
 * @internal
 */
export const exactQuotient = (a: number, whole: number): number => Math.floor(a / whole);
