import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { fillNeeds, type Filled } from "../../src/internal/fillNeeds";

interface Graph {
  readonly demand: ReadonlyArray<number>;
  readonly size: ReadonlyArray<number>;
  readonly needsOf: ReadonlyArray<ReadonlyArray<number>>;
}

const graph: fc.Arbitrary<Graph> = fc.integer({ min: 1, max: 6 }).chain((needs) =>
  fc
    .record({
      demand: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: needs, maxLength: needs }),
      classes: fc.array(
        fc.record({
          size: fc.integer({ min: 1, max: 4 }),
          needs: fc.subarray(
            Array.from({ length: needs }, (_, i) => i),
            { minLength: 1 },
          ),
        }),
        { maxLength: 12 },
      ),
    })
    .map(({ demand, classes }) => ({
      demand,
      size: classes.map((c) => c.size),
      needsOf: classes.map((c) => c.needs),
    })),
);

/**
 * Straightforward augmenting paths (Kuhn's algorithm) over one node per officer and one
 * per place, places in the needs' order: a place once filled stays filled, so each need
 * gets what the greedy algorithm gives it. Returns the places filled per need.
 */
const reference = ({ demand, size, needsOf }: Graph): ReadonlyArray<number> => {
  const officers = size.flatMap((n, c) => Array.from({ length: n }, () => needsOf[c]!));
  const places = demand.flatMap((n, need) => Array.from({ length: n }, () => need));
  const holder = new Array<number>(officers.length).fill(-1);
  const augment = (place: number, seen: Set<number>): boolean => {
    for (let o = 0; o < officers.length; o += 1) {
      if (seen.has(o) || !officers[o]!.includes(places[place]!)) continue;
      seen.add(o);
      if (holder[o] === -1 || augment(holder[o]!, seen)) {
        holder[o] = place;
        return true;
      }
    }
    return false;
  };
  const filled = demand.map(() => 0);
  places.forEach((need, place) => {
    if (augment(place, new Set())) filled[need]! += 1;
  });
  return filled;
};

/**
 * Per need, the officers taken; fails unless each need lists every class eligible for it
 * once, and every class gives at most its size.
 */
const filledPerNeed = ({ demand, size, needsOf }: Graph, taken: Filled["taken"]): ReadonlyArray<number> => {
  const given = size.map(() => 0);
  const classesOf = demand.map((): Array<number> => []);
  needsOf.forEach((list, c) => list.forEach((need) => classesOf[need]!.push(c)));
  const filled = classesOf.map((classes, need) => {
    const { classes: from, amounts } = taken[need]!;
    expect([...from].sort((a, b) => a - b)).toEqual(classes);
    expect(amounts.length).toBe(from.length);
    let sum = 0;
    from.forEach((c, k) => {
      const amount = amounts[k]!;
      if (amount < 0) given[c] = Number.NaN;
      given[c]! += amount;
      sum += amount;
    });
    return sum;
  });
  expect(given.filter((n, c) => !(n <= size[c]!))).toEqual([]);
  return filled;
};

describe("fillNeeds", () => {
  test.prop([graph], { numRuns: 1000 })(
    "each need gets what straightforward augmenting paths over single officers give it, from classes that fit",
    (g) => {
      const { taken } = fillNeeds(g.demand, g.size, g.needsOf);
      expect(filledPerNeed(g, taken)).toEqual(reference(g));
    },
  );

  /** The review's rosters: each officer has 3 of 100 skills, at random; need j asks for skill j. */
  const review = (officers: number, count: number): Graph & { readonly pairs: number } => {
    let seed = 1;
    const next = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) >>> 8;
    const classOf = new Map<string, number>();
    const size: Array<number> = [];
    const needsOf: Array<ReadonlyArray<number>> = [];
    for (let o = 0; o < officers; o += 1) {
      const skills = new Set<number>();
      while (skills.size < 3) skills.add(next() % 100);
      const list = [...skills].sort((a, b) => a - b);
      const key = list.join(",");
      let c = classOf.get(key);
      if (c === undefined) {
        c = size.length;
        classOf.set(key, c);
        size.push(0);
        needsOf.push(list);
      }
      size[c]! += 1;
    }
    const demand = Array.from({ length: 100 }, () => count);
    return { demand, size, needsOf, pairs: needsOf.reduce((sum, list) => sum + list.length, 0) };
  };

  it("25 000 officers, 100 needs of 10 000: every officer placed, each pair examined a few times (was about 590)", () => {
    const g = review(25_000, 10_000);
    const { taken, work } = fillNeeds(g.demand, g.size, g.needsOf);
    expect(filledPerNeed(g, taken).reduce((a, b) => a + b, 0)).toBe(25_000);
    expect(work).toBeLessThanOrEqual(10 * g.pairs);
  });

  it("25 000 officers, 100 needs of 300 (long augmenting paths): fewer than needs passes over the pairs (was about 1 900)", () => {
    const g = review(25_000, 300);
    const { taken, work } = fillNeeds(g.demand, g.size, g.needsOf);
    expect(filledPerNeed(g, taken).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(work).toBeLessThanOrEqual(100 * g.pairs);
  });
});
