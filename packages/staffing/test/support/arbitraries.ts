import { fc } from "@fast-check/vitest";
import type { DutyStationId, PostId, UnitId } from "@unsms/core";
import { grades, type FillCount, type Post, type StaffingTable, type Unit } from "@unsms/staffing";

/** A unit tree of 1 to 8 units: unit i's parent is one of units 0..i-1, or none. */
export const unitsArb: fc.Arbitrary<ReadonlyArray<Unit>> = fc
  .array(fc.option(fc.nat(), { nil: undefined }), { minLength: 1, maxLength: 8 })
  .map((parents) =>
    parents.map((parent, index) => ({
      id: `U${index}` as UnitId,
      name: `Unit ${index}`,
      parent: index === 0 || parent === undefined ? null : (`U${parent % index}` as UnitId),
    })),
  );

const postArb = (unitCount: number) =>
  fc.record({
    unit: fc.nat({ max: unitCount - 1 }),
    grade: fc.constantFrom(...grades),
    dutyStation: fc.constantFrom("New York", "Geneva", "Nairobi"),
    funding: fc.constantFrom("regular-budget" as const, "extrabudgetary" as const, "cost-shared" as const),
    status: fc.constantFrom("established" as const, "temporary" as const),
    filled: fc.boolean(),
    gender: fc.option(fc.constantFrom("woman" as const, "man" as const), { nil: undefined }),
  });

/** Units and posts whose incumbency is known post by post. */
export const knownTableArb: fc.Arbitrary<{ units: ReadonlyArray<Unit>; posts: ReadonlyArray<Post> }> = unitsArb.chain(
  (units) =>
    fc.array(postArb(units.length), { maxLength: 40 }).map((drafts) => ({
      units,
      posts: drafts.map((draft, index): Post => ({
        id: `P${index}` as PostId,
        grade: draft.grade,
        unit: `U${draft.unit}` as UnitId,
        dutyStation: draft.dutyStation as DutyStationId,
        funding: draft.funding,
        status: draft.status,
        incumbent: draft.filled ? (draft.gender === undefined ? {} : { gender: draft.gender }) : null,
      })),
    })),
);

/**
 * A hidden truth (every post filled or not) and a partial view of it: some posts keep
 * their incumbent, the others are count-only, and some units carry their true count.
 */
export const partialTableArb: fc.Arbitrary<{ truth: StaffingTable; view: StaffingTable }> = knownTableArb.chain(
  ({ units, posts }) =>
    fc
      .record({
        hidden: fc.array(fc.boolean(), { minLength: posts.length, maxLength: posts.length }),
        counted: fc.array(fc.boolean(), { minLength: units.length, maxLength: units.length }),
      })
      .map(({ hidden, counted }) => {
        const below = (id: UnitId): Set<string> => {
          const out = new Set<string>([id]);
          let grew = true;
          while (grew) {
            grew = false;
            for (const unit of units) {
              if (unit.parent !== null && out.has(unit.parent) && !out.has(unit.id)) {
                out.add(unit.id);
                grew = true;
              }
            }
          }
          return out;
        };
        const fillCounts: Array<FillCount> = units.flatMap((unit, index) => {
          if (counted[index] !== true) return [];
          const ids = below(unit.id);
          return [
            { unit: unit.id, filled: posts.filter((post) => ids.has(post.unit) && post.incumbent !== null).length },
          ];
        });
        const viewPosts = posts.map((post, index) => {
          if (hidden[index] !== true) return post;
          const { incumbent: _dropped, ...rest } = post;
          return rest;
        });
        return { truth: { units, posts }, view: { units, posts: viewPosts, fillCounts } };
      }),
);
