import { fc } from "@fast-check/vitest";
import type { Participant } from "@unsms/cost-sharing";

/** Headcounts: mostly small, with ties, zeros and very large ones. */
export const headcountArb = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 5_000 }) },
  { weight: 2, arbitrary: fc.constantFrom(0, 1, 2, 3, 15, 20, 50) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 2_000_000_000 }) },
);

/** Totals in minor units on both sides of 2^53, and negative ones. */
export const totalArb = fc.oneof(
  { weight: 3, arbitrary: fc.bigInt({ min: -1_000_000_000n, max: 1_000_000_000n }) },
  { weight: 2, arbitrary: fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }) },
  { weight: 1, arbitrary: fc.bigInt({ min: 2n ** 53n - 1000n, max: 2n ** 53n + 1000n }) },
);

/** Participants with distinct ids and at least one headcount above zero. */
export const participantsArb = (maxLength = 40): fc.Arbitrary<Array<Participant>> =>
  fc
    .uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 6 }), headcount: headcountArb }), {
      minLength: 1,
      maxLength,
      selector: (participant) => participant.id,
    })
    .filter((participants) => participants.some((participant) => participant.headcount > 0));
