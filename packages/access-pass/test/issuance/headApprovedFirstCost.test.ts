import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import type { Issue } from "@unsms/core";
import {
  defaultPassPolicy,
  issuePass,
  type HolderRole,
  type PassCategory,
  type PassPolicy,
  type PassRegister,
  type PassRequest,
  type Requirement,
} from "@unsms/access-pass";
import { registerLine, sampleRequests, serial, storedPass } from "../support/fixtures";
import { organizationKey } from "../../src/internal/organizationKey";

const at = new Date("2006-03-01T09:00:00Z");
const annual = new Map(sampleRequests).get("ngo-annual")!;
const representative: PassRequest = {
  ...annual,
  holder: { ...annual.holder, organization: "Example NGO", role: "representative" },
};

/** The policy with the given requirements in the given categories. */
const policyWith = (requirements: Partial<Record<PassCategory, ReadonlyArray<Requirement>>>): PassPolicy => ({
  ...defaultPassPolicy,
  categories: Object.fromEntries(
    Object.entries(defaultPassPolicy.categories).map(([category, rule]) => [
      category,
      { ...rule, requirements: requirements[category as PassCategory] ?? rule.requirements },
    ]),
  ) as PassPolicy["categories"],
});

describe("issuePass reads the register once and each category's rule at most once for head-approved-first", () => {
  /**
   * The reviewer's case, counted: the request's rule lists `head-approved-first` 100 times; the
   * register holds `n` active passes in force of the organization's head, in `staff`, whose
   * rule has 100 requirements, none `head-approved-first`. Every read of an entry's `pass` and
   * of a requirement's `kind` is counted.
   */
  const count = (n: number) => {
    let passReads = 0;
    let kindReads = 0;
    const counted = (kind: Requirement["kind"]): Requirement =>
      ({
        get kind() {
          kindReads++;
          return kind;
        },
      }) as Requirement;
    const policy = policyWith({
      "ngo-annual": Array.from({ length: 100 }, () => counted("head-approved-first")),
      staff: Array.from({ length: 100 }, () => counted("sponsor")),
    });
    const register: PassRegister = Array.from({ length: n }, (_, i) => {
      const pass = storedPass({
        id: `P-${i}`,
        category: "staff",
        holder: { name: "H", organization: "Example NGO", role: "head" },
        validUntil: "2007-01-01T00:00:00Z",
      });
      return {
        get pass() {
          passReads++;
          return pass;
        },
        status: "active" as const,
        changedAt: "2006-01-01T00:00:00Z",
      };
    });
    const result = issuePass(representative, policy, at, serial("NEW-1"), register);
    const heads = Result.isFailure(result) ? result.failure.issues.filter((i) => i.path === "$.holder.role") : [];
    return { passReads, kindReads, heads: heads.length };
  };

  it("a constant number of reads per entry, and each rule's requirements read at most twice, not per entry or per copy", () => {
    const small = count(1_000);
    const large = count(4_000);
    // refused 100 times, as before: no head's pass in a category carrying the requirement
    expect(small.heads).toBe(100);
    expect(large.heads).toBe(100);
    // the serial and the passes-per-organization tests read `pass` a few times per entry; the
    // head search a few more: at most 10 per entry (the old cost was about 500 per entry)
    expect(small.passReads).toBeLessThanOrEqual(10 * 1_000);
    expect(large.passReads).toBeLessThanOrEqual(10 * 4_000);
    expect(large.passReads).toBe(4 * small.passReads);
    // the request's rule twice at most (whether it carries the requirement, then its loop),
    // staff's once: whatever the number of entries (the old cost was 100 reads per entry per copy)
    expect(small.kindReads).toBeLessThanOrEqual(300);
    expect(large.kindReads).toBe(small.kindReads);
  });
});

// ---------------------------------------------------------------------------------------------
// The semantics before the fix, as a reference: one register search per copy of the requirement.

const referenceHeadApprovedFirst = (
  request: PassRequest,
  policy: PassPolicy,
  register: PassRegister,
  atMs: number,
  why: string,
): Pick<Issue, "path" | "expected" | "received"> | undefined => {
  const role = request.holder.role;
  if (role === undefined)
    return {
      path: "$.holder.role",
      expected: `the holder's role in the organization: head, chief-administrative-officer or representative ${why}`,
      received: "nothing",
    };
  if (role !== "representative") return undefined;
  const key = organizationKey(request.holder.organization);
  const approved =
    key !== undefined &&
    register.some(
      (entry) =>
        entry.status === "active" &&
        (entry.pass.holder.role === "head" || entry.pass.holder.role === "chief-administrative-officer") &&
        Date.parse(entry.pass.validUntil) > atMs &&
        Object.hasOwn(policy.categories, entry.pass.category) &&
        policy.categories[entry.pass.category].requirements.some((r) => r.kind === "head-approved-first") &&
        organizationKey(entry.pass.holder.organization) === key,
    );
  return approved
    ? undefined
    : {
        path: "$.holder.role",
        expected: `a pass in force of the head or chief administrative officer of ${JSON.stringify(request.holder.organization)} on the register, issued first ${why}`,
        received: `"representative" (no pass of its head or chief administrative officer in force)`,
      };
};

const requirementsArb = fc.array(fc.constantFrom<Requirement>({ kind: "head-approved-first" }, { kind: "sponsor" }), {
  maxLength: 6,
});
const roleArb = fc.constantFrom<HolderRole | undefined>(
  undefined,
  "head",
  "chief-administrative-officer",
  "representative",
);
const organizationArb = fc.constantFrom("Example NGO", " example\u00a0NGO ", "EXAMPLE N\u200bGO", "Other NGO");
const entryArb = fc.record({
  status: fc.constantFrom("active" as const, "suspended" as const, "revoked" as const),
  role: roleArb,
  organization: organizationArb,
  category: fc.constantFrom<PassCategory>("ngo-annual", "ngo-temporary", "staff"),
  dutyStation: fc.constantFrom("New York", "Geneva"),
  validUntil: fc.constantFrom("2006-03-01T09:00:00Z", "2006-03-01T09:00:01Z", "2007-01-01T00:00:00Z"),
});

describe("issuePass answers head-approved-first as before the fix", () => {
  test.prop([
    requirementsArb,
    requirementsArb,
    requirementsArb,
    roleArb,
    organizationArb,
    fc.boolean(),
    fc.array(entryArb, { maxLength: 8 }),
  ])(
    "law: the role and sponsor issues, in the order of the rule's requirements, are the reference's",
    (annualRequirements, temporaryRequirements, staffRequirements, role, organization, sponsored, entries) => {
      const policy = policyWith({
        "ngo-annual": annualRequirements,
        "ngo-temporary": temporaryRequirements,
        staff: staffRequirements,
      });
      const { role: _role, ...holder } = annual.holder;
      const { sponsor: _sponsor, ...unsponsored } = annual;
      const request: PassRequest = {
        ...(sponsored ? annual : unsponsored),
        holder: role === undefined ? { ...holder, organization } : { ...holder, organization, role },
      };
      const register: PassRegister = entries.map((e, i) => registerLine(`P-${i}`, e, { validUntil: e.validUntil }));
      const why = `(required for: ${policy.categories["ngo-annual"].label})`;
      const expected = annualRequirements.flatMap((requirement) => {
        if (requirement.kind === "sponsor")
          return sponsored
            ? []
            : [{ path: "$.sponsor", expected: `a sponsoring or authorizing office ${why}`, received: "nothing" }];
        const issue = referenceHeadApprovedFirst(request, policy, register, at.getTime(), why);
        return issue === undefined ? [] : [issue];
      });
      const result = issuePass(request, policy, at, serial("NEW-1"), register);
      const issues = Result.isFailure(result) ? result.failure.issues : [];
      expect(
        issues
          .filter((i) => i.path === "$.holder.role" || i.path === "$.sponsor")
          .map(({ path, expected, received }) => ({ path, expected, received })),
      ).toEqual(expected);
    },
  );
});
