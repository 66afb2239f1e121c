/**
 * The lowest common ancestor of two units of a forest in tree order, in O(log n) after an
 * O(n log n) table of jumps (each unit's 2^k-th ancestor): no walk up a deep chain.
 * -1 when they are in different trees.
 *
 * @internal
 */
export const lowestCommonAncestor = (parent: Int32Array, end: Int32Array): ((a: number, b: number) => number) => {
  const jumps: Array<Int32Array> = [parent];
  for (let reach = 2; reach < parent.length; reach *= 2) {
    const previous = jumps[jumps.length - 1] as Int32Array;
    jumps.push(previous.map((up) => (up < 0 ? -1 : (previous[up] ?? -1))));
  }
  const contains = (x: number, y: number): boolean => x <= y && y <= (end[x] ?? x);
  return (a, b) => {
    if (contains(a, b)) return a;
    if (contains(b, a)) return b;
    let x = a;
    for (let k = jumps.length - 1; k >= 0; k -= 1) {
      const up = jumps[k]?.[x] ?? -1;
      if (up >= 0 && !contains(up, b)) x = up;
    }
    const top = parent[x] ?? -1;
    return top >= 0 && contains(top, b) ? top : -1;
  };
};
