import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { appointmentRequirements, mayAppoint, trainingCourses, type AppointmentRequirement } from "@unsms/training";
import { changingAt } from "../support/changingAt";

const at = new Date("2006-07-01T00:00:00Z");
const uncertified = { person: "lea", completed: [] };
const source = { document: "agency rules", location: "§3" };

describe("mayAppoint fails closed", () => {
  it("a misspelt role is an UnknownRole listing the roles the rules name, never an appointment", () => {
    const result = mayAppoint("chief-security-advisor", uncertified, at);
    expect(Result.isFailure(result) && result.failure).toMatchObject({
      _tag: "UnknownRole",
      path: "role",
      expected: 'one of "chief-security-adviser", "security-adviser"',
      received: '"chief-security-advisor"',
      knownRoles: ["chief-security-adviser", "security-adviser"],
    });
  });

  it("a role that is not a string (a plain JavaScript caller's) is refused the same way", () => {
    const result = mayAppoint(undefined as unknown as string, uncertified, at);
    expect(Result.isFailure(result) && result.failure._tag).toBe("UnknownRole");
  });

  it("an agency's rules are data: a role they name is known, and rules naming none know no role", () => {
    const warden: AppointmentRequirement = { role: "warden", courses: [], source };
    const rules = { requirements: [...appointmentRequirements, warden] };
    expect(Result.getOrThrow(mayAppoint("warden", uncertified, at, rules)).allowed).toBe(true);
    const none = mayAppoint("chief-security-adviser", uncertified, at, { requirements: [] });
    expect(Result.isFailure(none) && none.failure.expected).toBe("a role the rules name (they name none)");
  });

  it("the list of known roles in the message is cut after 12", () => {
    const many = Array.from({ length: 15 }, (_, i): AppointmentRequirement => ({ role: `r${i}`, courses: [], source }));
    const result = mayAppoint("x", uncertified, at, { requirements: many });
    expect(Result.isFailure(result) && result.failure.expected).toMatch(/"r11", … \(and 3 more\)$/);
    expect(Result.isFailure(result) && result.failure.knownRoles).toHaveLength(15);
  });

  it("a rule for the role whose courses are not a list (a plain JavaScript caller's) refuses the appointment", () => {
    const refusedBy = (courses: unknown) =>
      Result.getOrThrow(
        mayAppoint("chief-security-adviser", uncertified, at, {
          requirements: [{ role: "chief-security-adviser", courses, source } as unknown as AppointmentRequirement],
        }),
      );
    for (const courses of ["security-adviser-certification", undefined, null, { 0: "x", length: 1 }])
      expect(refusedBy(courses)).toEqual({ role: "chief-security-adviser", person: "", allowed: false, missing: [] });
    // a rule with no courses is read, and lets everyone be appointed
    expect(refusedBy([]).allowed).toBe(true);
  });

  it("rules that are not a list refuse every appointment; null and undefined give the default rules", () => {
    for (const requirements of ["rules", { 0: appointmentRequirements[0] }, 7])
      expect(
        Result.getOrThrow(
          mayAppoint("warden", uncertified, at, { requirements } as unknown as Parameters<typeof mayAppoint>[3]),
        ).allowed,
      ).toBe(false);
    for (const requirements of [null, undefined]) {
      const result = mayAppoint("chief-security-adviser", uncertified, at, { requirements } as never);
      expect(Result.getOrThrow(result).missing.length).toBeGreaterThan(0);
    }
  });

  it("judging a known role reads each rule's role once: the known roles are listed only for an UnknownRole", () => {
    let reads = 0;
    const counted = appointmentRequirements.map((rule) => ({
      ...rule,
      get role() {
        reads += 1;
        return rule.role;
      },
    }));
    expect(Result.isSuccess(mayAppoint("security-adviser", uncertified, at, { requirements: counted }))).toBe(true);
    expect(reads).toBe(counted.length);
  });

  test.prop([fc.string({ maxLength: 30 }), fc.array(fc.string({ maxLength: 5 }), { maxLength: 5 })])(
    "law: a role is judged exactly when a rule names it; otherwise nobody is appointed",
    (role, named) => {
      const requirements = named.map((r): AppointmentRequirement => ({ role: r, courses: [], source }));
      const result = mayAppoint(role, uncertified, at, { requirements });
      expect(Result.isSuccess(result)).toBe(named.includes(role));
    },
  );
});

describe("mayAppoint judges each required course once", () => {
  it("a course required twice is listed once, and the courses after the repeat are still checked", () => {
    const rule: AppointmentRequirement = {
      role: "warden",
      courses: ["basic-security-in-the-field", "basic-security-in-the-field", "advanced-security-in-the-field"],
      source,
    };
    const basicOnly = { person: "ana", completed: [{ course: "basic-security-in-the-field", on: at }] };
    const held = Result.getOrThrow(mayAppoint("warden", basicOnly, at, { requirements: [rule] }));
    expect(held.allowed).toBe(false);
    expect(held.missing.map((standing) => standing.course)).toEqual(["advanced-security-in-the-field"]);
    const none = Result.getOrThrow(mayAppoint("warden", uncertified, at, { requirements: [rule, rule] }));
    expect(none.missing.map((standing) => standing.course)).toEqual([
      "basic-security-in-the-field",
      "advanced-security-in-the-field",
    ]);
  });

  const courseIds = fc.constantFrom(...trainingCourses.map((course) => course.id));
  test.prop([
    fc.array(courseIds, { maxLength: 8 }),
    fc.array(courseIds, { maxLength: 8 }).map((held) => ({
      person: "p",
      completed: held.map((course) => ({ course, on: at })),
    })),
  ])(
    "law: repeating a rule's courses changes no decision (each course judged once, in first order)",
    (courses, record) => {
      const once = [...new Set(courses)];
      const decide = (required: ReadonlyArray<string>) =>
        Result.getOrThrow(
          mayAppoint("warden", record, at, { requirements: [{ role: "warden", courses: required, source }] }),
        );
      expect(decide(courses)).toEqual(decide(once));
      expect(decide(courses).missing.map((standing) => standing.course)).toEqual(
        once.filter((course) => !record.completed.some((completion) => completion.course === course)),
      );
    },
  );
});

describe("mayAppoint reads each rule once, within the limits it checked", () => {
  // 2 000 courses: past MAX_REQUIRED_COURSES (1 000), which a list read once is refused for
  const tooMany = Array.from({ length: 2_000 }, (_, k) => `course-${k}`);

  it("a rule whose courses answer [] and then 2 000 courses is judged as the [] it checked", () => {
    const { value: rule, reads } = changingAt({ role: "warden", source }, "courses", [], tooMany);
    const decision = Result.getOrThrow(
      mayAppoint("warden", uncertified, at, { requirements: [rule as AppointmentRequirement] }),
    );
    expect(decision).toEqual({ role: "warden", person: "lea", allowed: true, missing: [] });
    expect(reads()).toBe(1);
  });

  it("a rule's courses are read by index within their length, never by an iterator that gives more", () => {
    const courses = Object.assign(["basic-security-in-the-field"], {
      [Symbol.iterator]: () => tooMany[Symbol.iterator](),
    });
    const rules = Object.assign([{ role: "warden", courses, source }], {
      [Symbol.iterator]: () =>
        Array.from({ length: 2_000 }, () => ({ role: "warden", courses: tooMany, source }))[Symbol.iterator](),
    });
    const decision = Result.getOrThrow(mayAppoint("warden", uncertified, at, { requirements: rules }));
    expect(decision.missing.map((standing) => standing.course)).toEqual(["basic-security-in-the-field"]);
  });

  it("the person is read once", () => {
    const { value: record, reads } = changingAt({ completed: [] }, "person", "lea", { not: "a name" });
    const decision = Result.getOrThrow(mayAppoint("security-adviser", record as never, at));
    expect(decision.person).toBe("lea");
    expect(reads()).toBe(1);
  });
});
