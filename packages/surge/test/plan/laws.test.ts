import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect } from "vitest";
import { courseStatus } from "@unsms/training";
import { planDeployment, type DeploymentRequest, type StandbyOfficer, type SurgePlan } from "@unsms/surge";

const notifiedAt = new Date("2006-07-14T06:00:00Z");
const HOUR = 3_600_000;
const stations = ["Amman", "Cairo", "Geneva", "Nairobi", "Beirut", "Dili"] as const;
const travel = [
  { from: "Amman", hours: 10 },
  { from: "Cairo", hours: 12 },
  { from: "Geneva", hours: 30 },
  { from: "Nairobi", hours: 50 },
];
const hours = (n: number) => new Date(notifiedAt.getTime() + n * HOUR);

const officer = (id: string): fc.Arbitrary<StandbyOfficer> =>
  fc.record({
    id: fc.constant(id),
    grade: fc.constantFrom("P-3", "P-4"),
    skills: fc.subarray(["cp", "cm", "sa"]),
    languages: fc.subarray(["ar", "fr", "en"]),
    training: fc.subarray([
      { course: "undac-support", on: hours(-100) },
      { course: "undac-support", on: hours(5) },
    ]),
    homeStation: fc.constantFrom(...stations),
    available: fc.record({
      from: fc.integer({ min: -48, max: 60 }).map(hours),
      to: fc.integer({ min: 0, max: 200 }).map(hours),
    }),
  });

const roster = fc
  .integer({ min: 0, max: 9 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => officer(`o${i}`))));

const need = (id: string) =>
  fc.record({
    id: fc.constant(id),
    count: fc.integer({ min: 0, max: 3 }),
    skills: fc.subarray(["cp", "cm", "sa"], { maxLength: 2 }),
    languages: fc.subarray(["ar", "fr", "en"], { maxLength: 1 }),
    courses: fc.subarray(["undac-support"]),
  });

const request: fc.Arbitrary<DeploymentRequest> = fc.record({
  destination: fc.constant("Beirut"),
  notifiedAt: fc.constant(notifiedAt),
  withinHours: fc.constantFrom(24, 48),
  needs: fc.integer({ min: 0, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => need(`n${i}`)))),
  travel: fc.constant(travel),
});

const plan = (r: ReadonlyArray<StandbyOfficer>, q: DeploymentRequest): SurgePlan =>
  Result.getOrThrow(planDeployment(r, q));
const shortfall = (p: SurgePlan) => p.unmet.reduce((sum, u) => sum + u.short, 0);

/** Independent check: can officer o fill need n? (restated from the documentation) */
const fits = (o: StandbyOfficer, n: DeploymentRequest["needs"][number], q: DeploymentRequest): boolean => {
  const deadline = q.notifiedAt.getTime() + q.withinHours * HOUR;
  const leg = o.homeStation === q.destination ? 0 : q.travel.find((t) => t.from === o.homeStation)?.hours;
  if (leg === undefined) return false;
  const arrives = Math.max(q.notifiedAt.getTime(), o.available.from.getTime()) + leg * HOUR;
  return (
    n.skills.every((s) => o.skills.includes(s)) &&
    n.languages.every((l) => o.languages.includes(l)) &&
    n.courses.every((c) => courseStatus({ person: o.id, completed: o.training }, c, q.notifiedAt).status === "valid") &&
    o.available.to.getTime() >= deadline &&
    arrives <= deadline
  );
};

/** Independent maximum: Kuhn's augmenting paths over one slot per place asked for. */
const maximumFilled = (r: ReadonlyArray<StandbyOfficer>, q: DeploymentRequest): number => {
  const slots = q.needs.flatMap((n) => Array.from({ length: n.count }, () => n));
  const owner = new Map<string, number>();
  const tryAssign = (slot: number, seen: Set<string>): boolean => {
    for (const o of r) {
      if (seen.has(o.id) || !fits(o, slots[slot]!, q)) continue;
      seen.add(o.id);
      const current = owner.get(o.id);
      if (current === undefined || tryAssign(current, seen)) {
        owner.set(o.id, slot);
        return true;
      }
    }
    return false;
  };
  let filled = 0;
  for (let slot = 0; slot < slots.length; slot += 1) if (tryAssign(slot, new Set())) filled += 1;
  return filled;
};

describe("laws of planDeployment", () => {
  test.prop([roster, request], { numRuns: 1000 })(
    "every officer sent fits the need, once, and no need gets more than it asked",
    (r, q) => {
      const p = plan(r, q);
      expect(new Set(p.selected.map((s) => s.officer)).size).toBe(p.selected.length);
      for (const s of p.selected)
        expect(
          fits(
            r.find((o) => o.id === s.officer)!,
            q.needs.find((n) => n.id === s.need)!,
            q,
          ),
        ).toBe(true);
      for (const n of q.needs) {
        const assigned = p.selected.filter((s) => s.need === n.id).length;
        expect(assigned).toBeLessThanOrEqual(n.count);
        const unmet = p.unmet.find((u) => u.need === n.id);
        expect(unmet?.short ?? 0).toBe(n.count - assigned);
        if (unmet !== undefined) {
          expect(unmet.eligible).toBe(r.filter((o) => fits(o, n, q)).length);
          // too-few-eligible exactly when fewer officers are eligible than asked for
          expect(unmet.reason).toBe(
            unmet.eligible < n.count ? "too-few-eligible" : "eligible-officers-serve-earlier-needs",
          );
        }
      }
    },
  );

  test.prop([roster, request], { numRuns: 1000 })("fills as many places as any assignment can", (r, q) => {
    expect(plan(r, q).selected.length).toBe(maximumFilled(r, q));
  });

  test.prop([roster, officer("extra"), request], { numRuns: 1000 })(
    "adding an officer never leaves more places unmet",
    (r, extra, q) => {
      expect(shortfall(plan([...r, extra], q))).toBeLessThanOrEqual(shortfall(plan(r, q)));
    },
  );

  test.prop([roster, fc.nat(), request], { numRuns: 1000 })(
    "removing a certificate never fills more places",
    (r, pick, q) => {
      fc.pre(r.length > 0);
      const index = pick % r.length;
      const fewer = r.map((o, i) => (i === index ? { ...o, training: [] } : o));
      expect(shortfall(plan(fewer, q))).toBeGreaterThanOrEqual(shortfall(plan(r, q)));
    },
  );

  test.prop([roster, request], { numRuns: 1000 })("the roster's order never changes the plan", (r, q) => {
    expect(plan([...r].reverse(), q)).toEqual(plan(r, q));
  });

  test.prop([roster, request, fc.nat()], { numRuns: 1000 })(
    "a need listed first keeps what it can get: as many as it would alone",
    (r, q, pick) => {
      fc.pre(q.needs.length > 0);
      const first = q.needs[pick % q.needs.length]!;
      const reordered = { ...q, needs: [first, ...q.needs.filter((n) => n !== first)] };
      const alone = plan(r, { ...q, needs: [first] }).selected.length;
      expect(plan(r, reordered).selected.filter((s) => s.need === first.id).length).toBe(alone);
    },
  );
});
