/**
 * Fills needs from classes of interchangeable officers, needs in order of priority: need
 * i takes as many officers as augmenting paths allow (re-routing, never reducing, what
 * earlier needs hold), then need i + 1. That is the greedy algorithm on a transversal
 * matroid, so the number of places filled is the maximum any assignment reaches, and a
 * later need never takes an officer an earlier need could use.
 *
 * `demand[i]` officers for need i; `size[c]` officers in class c; `needsOf[c]` the needs
 * class c's officers are eligible for; `classesOf[i]` the classes eligible for need i.
 * Returns `flow[c]`: a map from need index to the officers of class c it takes.
 *
 * Iterative (breadth-first search), so no recursion depth; each search is linear in the
 * size of the class graph.
 *
 * @internal
 */
export const fillNeeds = (
  demand: ReadonlyArray<number>,
  size: ReadonlyArray<number>,
  needsOf: ReadonlyArray<ReadonlyArray<number>>,
  classesOf: ReadonlyArray<ReadonlyArray<number>>,
): ReadonlyArray<Map<number, number>> => {
  const classCount = size.length;
  const flow = Array.from({ length: classCount }, () => new Map<number, number>());
  const used = new Array<number>(classCount).fill(0);
  const needCount = demand.length;
  // BFS state, reused: parents of need nodes (the class they were reached from) and class nodes (the need)
  const needParent = new Int32Array(needCount);
  const classParent = new Int32Array(classCount);
  const needSeen = new Int32Array(needCount).fill(-1);
  const classSeen = new Int32Array(classCount).fill(-1);
  let stamp = 0;
  for (let need = 0; need < needCount; need += 1) {
    let remaining = demand[need] ?? 0;
    while (remaining > 0) {
      stamp += 1;
      needSeen[need] = stamp;
      needParent[need] = -1;
      const queue: Array<number> = [need];
      let end = -1;
      for (let head = 0; head < queue.length && end < 0; head += 1) {
        const at = queue[head]!;
        for (const c of classesOf[at] ?? []) {
          if (classSeen[c] === stamp) continue;
          classSeen[c] = stamp;
          classParent[c] = at;
          if (used[c]! < size[c]!) {
            end = c;
            break;
          }
          for (const other of needsOf[c] ?? []) {
            if (needSeen[other] === stamp || (flow[c]!.get(other) ?? 0) === 0) continue;
            needSeen[other] = stamp;
            needParent[other] = c;
            queue.push(other);
          }
        }
      }
      if (end < 0) break;
      // bottleneck: remaining demand, free places in the end class, officers movable on each reverse edge
      let amount = Math.min(remaining, size[end]! - used[end]!);
      for (let c = end; ;) {
        const from = classParent[c]!;
        const back = needParent[from]!;
        if (back < 0) break;
        amount = Math.min(amount, flow[back]!.get(from) ?? 0);
        c = back;
      }
      used[end]! += amount;
      for (let c = end; ;) {
        const from = classParent[c]!;
        flow[c]!.set(from, (flow[c]!.get(from) ?? 0) + amount);
        const back = needParent[from]!;
        if (back < 0) break;
        const left = (flow[back]!.get(from) ?? 0) - amount;
        if (left === 0) flow[back]!.delete(from);
        else flow[back]!.set(from, left);
        c = back;
      }
      remaining -= amount;
    }
  }
  return flow;
};
