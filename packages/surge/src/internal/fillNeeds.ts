/**
 * What {@link fillNeeds} returns: `taken[i]`, for each class eligible for need i, the
 * class (`classes[k]`) and the officers need i takes from it (`amounts[k]`); and `work`,
 * the arcs the searches examined (the tests bound it).
 *
 * @internal
 */
export interface Filled {
  readonly taken: ReadonlyArray<{ readonly classes: Int32Array; readonly amounts: Int32Array }>;
  readonly work: number;
}

const NONE = 0x3fffffff;

/**
 * Fills needs from classes of interchangeable officers, needs in order of priority: need
 * i takes as many officers as augmenting paths allow (re-routing, never reducing, what
 * earlier needs hold), then need i + 1. That is the greedy algorithm on a transversal
 * matroid, so the number of places filled is the maximum any assignment reaches, and a
 * later need never takes an officer an earlier need could use.
 *
 * `demand[i]` officers for need i; `size[c]` officers in class c; `needsOf[c]` the needs
 * class c's officers are eligible for, in increasing order.
 *
 * Each need's search is Dinic's algorithm over the graph of classes and needs (P arcs, one
 * per class and need it can fill): a breadth-first pass labels the shortest augmenting
 * paths, then a depth-first pass with a current arc per need and per class pushes along
 * them, so each arc is examined once a pass instead of once a path. A pass lengthens the
 * shortest path, which visits each need at most once, so need i takes at most i + 2
 * passes; each augmentation places at least one officer, so there are at most as many as
 * officers, each walking a path of at most 2 × needs + 1 arcs. At worst
 * O(needs² × P + officers × needs); a few passes a need in practice. Iterative, so no
 * recursion depth.
 *
 * @internal
 */
export const fillNeeds = (
  demand: ReadonlyArray<number>,
  size: ReadonlyArray<number>,
  needsOf: ReadonlyArray<ReadonlyArray<number>>,
): Filled => {
  const needCount = demand.length;
  const classCount = size.length;
  // arcs, one per (class, need it can fill), class by class; `flow[e]` officers of the class given to the need
  const classStart = new Int32Array(classCount + 1);
  for (let c = 0; c < classCount; c += 1) classStart[c + 1] = classStart[c]! + needsOf[c]!.length;
  const arcCount = classStart[classCount]!;
  const arcNeed = new Int32Array(arcCount);
  const arcClass = new Int32Array(arcCount);
  const needStart = new Int32Array(needCount + 1);
  for (let c = 0, e = 0; c < classCount; c += 1)
    for (const need of needsOf[c]!) {
      arcNeed[e] = need;
      arcClass[e] = c;
      needStart[need + 1]! += 1;
      e += 1;
    }
  for (let i = 0; i < needCount; i += 1) needStart[i + 1]! += needStart[i]!;
  // each need's arcs, in class order
  const needArcs = new Int32Array(arcCount);
  const fillAt = needStart.slice(0, needCount);
  for (let e = 0; e < arcCount; e += 1) needArcs[fillAt[arcNeed[e]!]!++] = e;
  const flow = new Int32Array(arcCount);
  const free = Int32Array.from(size);

  // one pass's labels (valid when the stamp is the pass's) and current arcs
  const needSeen = new Int32Array(needCount);
  const needLevel = new Int32Array(needCount);
  const needArc = new Int32Array(needCount);
  const classSeen = new Int32Array(classCount);
  const classLevel = new Int32Array(classCount);
  // -1: the class's own free places (the arc to the sink) come first, then its arcs
  const classArc = new Int32Array(classCount);
  const queue = new Int32Array(needCount);
  const reached = new Int32Array(classCount);
  // needs and classes no augmenting path can use again (see label)
  const needDead = new Uint8Array(needCount);
  const classDead = new Uint8Array(classCount);
  const path = new Int32Array(2 * needCount + 2);
  let stamp = 0;
  let sinkLevel = NONE;
  let work = 0;

  /**
   * Labels the levels from need `source`; true when a class with free places is reachable.
   * When none is, nothing it reached can reach one: its arcs to classes are always there
   * and its classes' arcs lead back into it, so no later augmenting path can enter it (it
   * could not leave) and free places only shrink. It is marked dead and never scanned again,
   * so the searches that fail cost O(P) in all.
   */
  const label = (source: number): boolean => {
    stamp += 1;
    sinkLevel = NONE;
    let seen = 0;
    needSeen[source] = stamp;
    needLevel[source] = 0;
    needArc[source] = needStart[source]!;
    let tail = 0;
    queue[tail++] = source;
    for (let head = 0; head < tail; head += 1) {
      const at = queue[head]!;
      const level = needLevel[at]! + 1;
      if (level + 1 > sinkLevel) break;
      for (let p = needStart[at]!; p < needStart[at + 1]!; p += 1) {
        work += 1;
        const c = arcClass[needArcs[p]!]!;
        if (classSeen[c] === stamp || classDead[c] === 1) continue;
        classSeen[c] = stamp;
        reached[seen++] = c;
        classLevel[c] = level;
        classArc[c] = -1;
        if (free[c]! > 0) sinkLevel = level + 1;
        else if (sinkLevel === NONE)
          for (let e = classStart[c]!; e < classStart[c + 1]!; e += 1) {
            work += 1;
            const other = arcNeed[e]!;
            if (flow[e] === 0 || needSeen[other] === stamp || needDead[other] === 1) continue;
            needSeen[other] = stamp;
            needLevel[other] = level + 1;
            needArc[other] = needStart[other]!;
            queue[tail++] = other;
          }
      }
    }
    if (sinkLevel !== NONE) return true;
    for (let q = 0; q < tail; q += 1) needDead[queue[q]!] = 1;
    for (let q = 0; q < seen; q += 1) classDead[reached[q]!] = 1;
    return false;
  };

  /** Pushes along the labelled shortest paths until none is left or `remaining` is met. */
  const push = (source: number, remaining: number): number => {
    let depth = 0;
    let need = source;
    let c = -1;
    while (remaining > 0) {
      if (c < 0) {
        // at a need: its next arc to a class one level down
        let p = needArc[need]!;
        const end = needStart[need + 1]!;
        const next = needLevel[need]! + 1;
        for (; p < end; p += 1) {
          work += 1;
          const k = arcClass[needArcs[p]!]!;
          if (classSeen[k] === stamp && classLevel[k] === next) break;
        }
        needArc[need] = p;
        if (p < end) {
          path[depth++] = needArcs[p]!;
          c = arcClass[needArcs[p]!]!;
          continue;
        }
        if (need === source) break;
        // dead end: back to the class it came from, past the arc
        const back = path[--depth]!;
        c = arcClass[back]!;
        classArc[c]! += 1;
        continue;
      }
      // at a class: its free places, else an officer of it a need one level down can give up
      if (classArc[c] === -1) {
        if (free[c]! > 0 && classLevel[c]! + 1 === sinkLevel) {
          let amount = Math.min(remaining, free[c]!);
          for (let d = 1; d < depth; d += 2) amount = Math.min(amount, flow[path[d]!]!);
          for (let d = 0; d < depth; d += 1) flow[path[d]!]! += d % 2 === 0 ? amount : -amount;
          free[c]! -= amount;
          remaining -= amount;
          depth = 0;
          need = source;
          c = -1;
          continue;
        }
        classArc[c] = 0;
      }
      const base = classStart[c]!;
      const width = classStart[c + 1]! - base;
      const next = classLevel[c]! + 1;
      let k = classArc[c]!;
      for (; k < width; k += 1) {
        work += 1;
        const e = base + k;
        const other = arcNeed[e]!;
        if (flow[e]! > 0 && needSeen[other] === stamp && needLevel[other] === next && next < sinkLevel) break;
      }
      classArc[c] = k;
      if (k < width) {
        path[depth++] = base + k;
        need = arcNeed[base + k]!;
        c = -1;
        continue;
      }
      // dead end: back to the need it came from, past the arc
      need = arcNeed[path[--depth]!]!;
      needArc[need]! += 1;
      c = -1;
    }
    return remaining;
  };

  for (let need = 0; need < needCount; need += 1) {
    let remaining = demand[need] ?? 0;
    while (remaining > 0 && label(need)) remaining = push(need, remaining);
  }

  // each need's arcs: the class and the officers it gives, views of two arrays in need order
  const fromClass = new Int32Array(arcCount);
  const amount = new Int32Array(arcCount);
  for (let p = 0; p < arcCount; p += 1) {
    fromClass[p] = arcClass[needArcs[p]!]!;
    amount[p] = flow[needArcs[p]!]!;
  }
  const taken = Array.from({ length: needCount }, (_, need) => ({
    classes: fromClass.subarray(needStart[need], needStart[need + 1]),
    amounts: amount.subarray(needStart[need], needStart[need + 1]),
  }));
  return { taken, work };
};
