import { fc } from "@fast-check/vitest";
import type { DutyStationId, OrganizationId, PersonId } from "@unsms/core";
import { presenceCategories, type PresenceRecord } from "@unsms/presence";

const day = 86_400_000;
const epoch = Date.UTC(2006, 0, 1);

/** An instant on one of the first 20 days of 2006 (days, so that records often overlap). */
export const dayArb: fc.Arbitrary<Date> = fc.nat({ max: 20 }).map((d) => new Date(epoch + d * day));

/**
 * Records over few people, stations and organizations, free to conflict: the same person
 * may be put in two places at once.
 */
export const recordsArb: fc.Arbitrary<Array<PresenceRecord>> = fc.array(
  fc
    .record({
      person: fc.nat({ max: 7 }),
      organization: fc.constantFrom("UNDP", "WFP", "UNICEF"),
      category: fc.constantFrom(...presenceCategories),
      dutyStation: fc.constantFrom("Bogota", "Manila", "Cairo"),
      from: fc.nat({ max: 15 }),
      length: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
      source: fc.constantFrom("integrated-security-tracking-system", "country-office-list"),
    })
    .map((r): PresenceRecord => ({
      person: `P${r.person}` as PersonId,
      organization: r.organization as OrganizationId,
      category: r.category,
      dutyStation: r.dutyStation as DutyStationId,
      from: new Date(epoch + r.from * day),
      to: r.length === undefined ? null : new Date(epoch + (r.from + r.length) * day),
      source: r.source,
    })),
  { maxLength: 40 },
);

/**
 * Records that never conflict: each person has one organization, category and station
 * (chosen by the person), but may be recorded several times, overlapping — duplicates that
 * must count once.
 */
export const consistentRecordsArb: fc.Arbitrary<Array<PresenceRecord>> = fc
  .array(
    fc.record({
      person: fc.nat({ max: 30 }),
      from: fc.nat({ max: 15 }),
      length: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
    }),
    {
      maxLength: 60,
    },
  )
  .map((drafts) =>
    drafts.map((r): PresenceRecord => ({
      person: `P${r.person}` as PersonId,
      organization: (["UNDP", "WFP", "UNICEF", "WHO"][r.person % 4] ?? "UNDP") as OrganizationId,
      category: presenceCategories[r.person % presenceCategories.length] ?? "staff",
      dutyStation: (["Bogota", "Manila", "Cairo"][r.person % 3] ?? "Cairo") as DutyStationId,
      from: new Date(epoch + r.from * day),
      to: r.length === undefined ? null : new Date(epoch + (r.from + r.length) * day),
      source: r.person % 2 === 0 ? "integrated-security-tracking-system" : "country-office-list",
    })),
  );

/** The people a naive reading finds present at `at`, as a set of person ids. */
export const naivePresent = (records: ReadonlyArray<PresenceRecord>, at: Date): Set<string> =>
  new Set(records.filter((r) => r.from <= at && (r.to === null || at < r.to)).map((r) => r.person));

/** A copy of `records` in the order of `keys` (a permutation drawn by fast-check). */
export const reorder = <A>(items: ReadonlyArray<A>, keys: ReadonlyArray<number>): Array<A> =>
  items
    .map((item, index) => ({ item, key: keys[index] ?? index }))
    .sort((a, b) => a.key - b.key)
    .map((entry) => entry.item);
