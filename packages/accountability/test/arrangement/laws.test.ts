import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { decode } from "@unsms/core/schema";
import * as Result from "effect/Result";
import { checkArrangement, type Arrangement } from "@unsms/accountability";
import { ArrangementSchema } from "@unsms/accountability/schema";
import {
  applyBreakages,
  breakages,
  breakageSteps,
  reordered,
  subject,
  validArrangement,
} from "../support/arrangements";

const codes = (arrangement: Arrangement) => checkArrangement(arrangement).map((violation) => violation.code);

const withoutRole = (arrangement: Arrangement, role: Arrangement["appointments"][number]["role"]): Arrangement => ({
  ...arrangement,
  appointments: arrangement.appointments.filter((appointment) => appointment.role !== role),
});

describe("laws of checkArrangement", () => {
  test.prop([validArrangement])("a generated valid arrangement passes, and its schema accepts it", (arrangement) => {
    expect(checkArrangement(arrangement)).toEqual([]);
    expect(Result.isSuccess(decode(ArrangementSchema, arrangement))).toBe(true);
  });

  test.prop([validArrangement])("removing the DO yields exactly no-designated-official", (arrangement) => {
    expect(codes(withoutRole(arrangement, "designated-official"))).toEqual(["no-designated-official"]);
  });

  test.prop([validArrangement.filter((a) => a.appointments.some((x) => x.role === "chief-security-adviser"))])(
    "removing the CSA where there is no focal point yields exactly no-chief-security-adviser-or-focal-point",
    (arrangement) => {
      expect(arrangement.appointments.some((x) => x.role === "country-security-focal-point")).toBe(false);
      expect(codes(withoutRole(arrangement, "chief-security-adviser"))).toEqual([
        "no-chief-security-adviser-or-focal-point",
      ]);
    },
  );

  test.prop([validArrangement, fc.nat()])(
    "removing an organization's head from the SMT yields exactly smt-missing-organization-head, for that organization",
    (arrangement, pick) => {
      const { chair, members } = arrangement.securityManagementTeam;
      const candidates = arrangement.organizations.filter((organization) => organization.head !== chair);
      fc.pre(candidates.length > 0);
      const organization = candidates[pick % candidates.length]!;
      const broken = {
        ...arrangement,
        securityManagementTeam: { chair, members: members.filter((member) => member !== organization.head) },
      };
      const violations = checkArrangement(broken);
      expect(violations.map((violation) => violation.code)).toEqual(["smt-missing-organization-head"]);
      expect(violations[0]?.organizations).toEqual([organization.id]);
      expect(violations[0]?.people).toEqual([organization.head]);
    },
  );

  test.prop([validArrangement, fc.nat({ max: breakages.length - 1 }), fc.nat()])(
    "each breakage of a valid arrangement yields exactly its own code",
    (arrangement, which, pick) => {
      const breakage = breakages[which]!;
      const broken = breakage.apply(arrangement, pick);
      fc.pre(broken !== undefined);
      expect(new Set(codes(broken))).toEqual(new Set([breakage.code]));
    },
  );

  test.prop([
    validArrangement.chain((arrangement) => fc.tuple(fc.constant(arrangement), reordered(arrangement))),
    breakageSteps(4),
  ])(
    "checking is order-independent: shuffling people, organizations, members and appointments changes nothing",
    ([arrangement, shuffled], steps) => {
      // Break the same way before and after shuffling: the breakages pick by position, so
      // break first and shuffle the broken arrangement's lists the same way.
      const broken = applyBreakages(arrangement, steps);
      const order = <T extends { readonly id: string }>(
        items: ReadonlyArray<T>,
        like: ReadonlyArray<{ readonly id: string }>,
      ): Array<T> =>
        [...items].sort((a, b) => like.findIndex((x) => x.id === a.id) - like.findIndex((x) => x.id === b.id));
      const reshuffled: Arrangement = {
        ...broken,
        people: order(broken.people, shuffled.people),
        organizations: order(broken.organizations, shuffled.organizations),
        securityManagementTeam: {
          ...broken.securityManagementTeam,
          members: [...broken.securityManagementTeam.members].reverse(),
        },
        appointments: [...broken.appointments].reverse(),
      };
      expect(checkArrangement(reshuffled)).toEqual(checkArrangement(broken));
      expect(checkArrangement(shuffled)).toEqual(checkArrangement(arrangement));
    },
  );

  test.prop([validArrangement, breakageSteps(6)])(
    "listing the organizations twice changes nothing: each violation is reported once",
    (arrangement, steps) => {
      const broken = applyBreakages(arrangement, steps);
      const twice: Arrangement = { ...broken, organizations: [...broken.organizations, ...broken.organizations] };
      expect(checkArrangement(twice)).toEqual(checkArrangement(broken));
    },
  );

  test.prop([validArrangement, breakageSteps(5), fc.nat({ max: breakages.length - 1 }), fc.nat()])(
    "adding a violation never removes another",
    (arrangement, steps, which, pick) => {
      const before = applyBreakages(arrangement, steps);
      const breakage = breakages[which]!;
      const after = breakage.apply(before, pick);
      fc.pre(after !== undefined);
      const beforeSubjects = new Set(checkArrangement(before).map(subject));
      const afterViolations = checkArrangement(after);
      const afterSubjects = new Set(afterViolations.map(subject));
      for (const kept of beforeSubjects) expect(afterSubjects).toContain(kept);
      expect(afterViolations.map((violation) => violation.code)).toContain(breakage.code);
    },
  );

  test.prop([validArrangement, breakageSteps(6)])(
    "the check never changes its input and is deterministic",
    (arrangement, steps) => {
      const broken = applyBreakages(arrangement, steps);
      const copy = structuredClone(broken);
      const first = checkArrangement(broken);
      expect(broken).toEqual(copy);
      expect(checkArrangement(broken)).toEqual(first);
    },
  );
});
