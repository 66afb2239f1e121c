/**
 * The largest remainder method written the obvious way (bigint everywhere, a full sort),
 * as the oracle the fast implementation is checked against.
 */
export const referenceHamilton = (
  total: bigint,
  weights: ReadonlyArray<number>,
  ids?: ReadonlyArray<string>,
): Array<bigint> => {
  const negative = total < 0n;
  const magnitude = negative ? -total : total;
  const whole = weights.reduce((sum, w) => sum + BigInt(w), 0n);
  if (whole === 0n) return weights.map(() => 0n);
  const floors = weights.map((w) => (magnitude * BigInt(w)) / whole);
  const remainders = weights.map((w) => (magnitude * BigInt(w)) % whole);
  let leftover = magnitude - floors.reduce((sum, q) => sum + q, 0n);
  const order = weights.map((_, i) => i);
  order.sort((a, b) => {
    const ra = remainders[a] as bigint;
    const rb = remainders[b] as bigint;
    if (ra !== rb) return ra > rb ? -1 : 1;
    if (ids === undefined) return a - b;
    const x = ids[a] as string;
    const y = ids[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const shares = [...floors];
  for (const i of order) {
    if (leftover === 0n) break;
    shares[i] = (shares[i] as bigint) + 1n;
    leftover -= 1n;
  }
  return negative ? shares.map((s) => -s) : shares;
};
