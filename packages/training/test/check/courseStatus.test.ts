import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import {
  courseStatus,
  isCertified,
  mayAppoint,
  trainingCourses,
  type AppointmentRequirement,
  type Course,
  type TrainingRecord,
} from "@unsms/training";
import { changingAt } from "../support/changingAt";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const certification = "security-adviser-certification";
const refresher = "security-adviser-refresher";
const threeYears: ReadonlyArray<Course> = trainingCourses.map((course) =>
  course.id === certification ? { ...course, validForMonths: 36 } : course,
);

describe("courseStatus", () => {
  it("a completion after the instant does not count", () => {
    const record: TrainingRecord = { person: "sam", completed: [{ course: certification, on: day("2006-03-24") }] };
    expect(courseStatus(record, certification, day("2006-03-23")).status).toBe("not-completed");
    expect(courseStatus(record, certification, day("2006-03-24")).status).toBe("valid");
  });

  it("with a validity, lapses that many calendar months later; the refresher renews it", () => {
    const record: TrainingRecord = { person: "sam", completed: [{ course: certification, on: day("2003-01-31") }] };
    const lapsed = courseStatus(record, certification, day("2006-07-01"), threeYears);
    expect(lapsed.status).toBe("lapsed");
    expect(lapsed.validUntil?.toISOString()).toBe("2006-01-31T00:00:00.000Z");
    expect(courseStatus(record, certification, day("2006-01-30"), threeYears).status).toBe("valid");
    const refreshed = { ...record, completed: [...record.completed, { course: refresher, on: day("2005-11-18") }] };
    const status = courseStatus(refreshed, certification, day("2006-07-01"), threeYears);
    expect(status.status).toBe("valid");
    expect(status.validUntil?.toISOString()).toBe("2008-11-18T00:00:00.000Z");
  });

  it("validUntil is the first instant it is lapsed: valid one ms before, lapsed at it and after", () => {
    const record: TrainingRecord = { person: "sam", completed: [{ course: certification, on: day("2003-05-02") }] };
    const until = day("2006-05-02");
    const at = (ms: number) => courseStatus(record, certification, new Date(until.getTime() + ms), threeYears);
    expect(at(-1)).toMatchObject({ status: "valid", validUntil: until });
    expect(at(0)).toMatchObject({ status: "lapsed", validUntil: until });
    expect(at(1)).toMatchObject({ status: "lapsed", validUntil: until });
  });

  it("a validity ending on a day the month lacks ends on the month's last day (31 January + 1 month)", () => {
    const oneMonth = trainingCourses.map((course) =>
      course.id === certification ? { ...course, validForMonths: 1 } : course,
    );
    const on = (iso: string): TrainingRecord => ({
      person: "sam",
      completed: [{ course: certification, on: day(iso) }],
    });
    expect(courseStatus(on("2005-01-31"), certification, day("2005-02-27"), oneMonth).validUntil).toEqual(
      day("2005-02-28"),
    );
    expect(courseStatus(on("2005-01-31"), certification, day("2005-03-01"), oneMonth).status).toBe("lapsed");
    expect(courseStatus(on("2004-01-31"), certification, day("2004-02-27"), oneMonth).validUntil).toEqual(
      day("2004-02-29"),
    );
  });

  it("reads a course's validity once: the validity it checked is the one it counts from", () => {
    const record: TrainingRecord = { person: "sam", completed: [{ course: certification, on: day("2006-01-10") }] };
    const { value: oneMonth, reads } = changingAt(
      { ...trainingCourses.find((course) => course.id === certification)! },
      "validForMonths",
      1,
      1_200,
    );
    const status = courseStatus(record, certification, day("2006-07-01"), [oneMonth]);
    expect(status).toMatchObject({ status: "lapsed", validUntil: day("2006-02-10") });
    expect(reads()).toBe(1);
  });

  it("reads a course's id once: a getter answering another id finds no completion of that other course", () => {
    const basic = "basic-security-in-the-field";
    const record: TrainingRecord = { person: "sam", completed: [{ course: basic, on: day("2006-01-10") }] };
    const { value: course, reads } = changingAt(
      { ...trainingCourses.find((known) => known.id === certification)! },
      "id",
      certification,
      basic,
    );
    // it was "valid", from the completion of the basic course
    expect(courseStatus(record, certification, day("2006-07-01"), [course])).toMatchObject({
      course: certification,
      status: "not-completed",
    });
    expect(reads()).toBe(1);
  });

  it("reads a course's renewals by index within their limit, never by an iterator that gives more", () => {
    const record: TrainingRecord = {
      person: "sam",
      completed: [
        { course: certification, on: day("2003-01-31") },
        { course: refresher, on: day("2005-11-18") },
      ],
    };
    // the list holds no renewal; its own iterator would give the refresher
    const renewedBy = Object.assign([] as Array<string>, { [Symbol.iterator]: () => [refresher][Symbol.iterator]() });
    const course = { ...threeYears.find((known) => known.id === certification)!, renewedBy };
    expect(courseStatus(record, certification, day("2006-07-01"), [course]).status).toBe("lapsed");
  });

  it("reads a record's completions by index within their limit, never by an iterator that gives more", () => {
    // the list holds no completion; its own iterator would give one
    const completed = Object.assign([] as Array<{ course: string; on: Date }>, {
      [Symbol.iterator]: () => [{ course: certification, on: day("2006-01-10") }][Symbol.iterator](),
    });
    expect(courseStatus({ person: "sam", completed }, certification, day("2006-07-01")).status).toBe("not-completed");
  });

  it("a refresher alone certifies nothing", () => {
    const record: TrainingRecord = { person: "ana", completed: [{ course: refresher, on: day("2006-01-10") }] };
    expect(courseStatus(record, certification, day("2006-07-01")).status).toBe("not-completed");
  });

  it("an unknown course, and whatever a JS caller passes, give an answer", () => {
    expect(courseStatus({ person: "x", completed: [] }, "juggling", day("2006-07-01")).status).toBe("unknown-course");
    const garbage = [
      null,
      undefined,
      42,
      "x",
      { completed: "no" },
      { completed: [null, { course: certification, on: "2006-01-01" }] },
    ];
    for (const record of garbage)
      expect(courseStatus(record as never, certification, day("2006-07-01")).status).toBe("not-completed");
    expect(
      courseStatus(
        { person: "x", completed: [{ course: certification, on: day("2006-01-01") }] },
        certification,
        new Date(Number.NaN),
      ).status,
    ).toBe("not-completed");
    expect(
      Result.getOrThrow(mayAppoint("chief-security-adviser", null as never, null as never, null as never)).allowed,
    ).toBe(false);
  });
});

const instant = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2030, 0, 1) }).map((ms) => new Date(ms));
const completion = fc.record({
  course: fc.constantFrom(certification, refresher, "basic-security-in-the-field"),
  on: instant,
});
const record = fc.array(completion, { maxLength: 8 }).map((completed): TrainingRecord => ({ person: "p", completed }));
const catalogue = fc.constantFrom(trainingCourses, threeYears);

describe("laws", () => {
  test.prop([record, instant, catalogue], { numRuns: 1000 })(
    "the order of completions never changes the answer",
    (r, at, c) => {
      const reversed = { ...r, completed: [...r.completed].reverse() };
      expect(courseStatus(reversed, certification, at, c)).toEqual(courseStatus(r, certification, at, c));
    },
  );

  test.prop([record, completion, instant, catalogue], { numRuns: 1000 })(
    "completing one more course never removes a certification",
    (r, extra, at, c) => {
      if (!isCertified(r, at, c)) return;
      expect(isCertified({ ...r, completed: [...r.completed, extra] }, at, c)).toBe(true);
    },
  );

  test.prop([record, fc.nat({ max: 1000 }), instant, catalogue], { numRuns: 1000 })(
    "removing a completion never certifies",
    (r, index, at, c) => {
      if (r.completed.length === 0 || isCertified(r, at, c)) return;
      const fewer = { ...r, completed: r.completed.filter((_, i) => i !== index % r.completed.length) };
      expect(isCertified(fewer, at, c)).toBe(false);
    },
  );

  test.prop([record, instant], { numRuns: 1000 })("mayAppoint a chief security adviser ⇔ isCertified", (r, at) => {
    expect(Result.getOrThrow(mayAppoint("chief-security-adviser", r, at)).allowed).toBe(isCertified(r, at));
  });

  test.prop([instant, fc.oneof(fc.integer({ min: -2, max: 2 }), fc.integer())], { numRuns: 1000 })(
    "with a validity period, a completion is valid exactly before its validUntil",
    (on, offset) => {
      const single: TrainingRecord = { person: "p", completed: [{ course: certification, on }] };
      const until = courseStatus(single, certification, on, threeYears).validUntil!;
      const standing = courseStatus(single, certification, new Date(until.getTime() + offset), threeYears);
      expect(standing.status).toBe(offset < 0 ? "valid" : "lapsed");
    },
  );

  test.prop([record, instant, instant], { numRuns: 1000 })(
    "without a validity period, a certification once held is held later",
    (r, a, b) => {
      const [early, late] = a.getTime() <= b.getTime() ? [a, b] : [b, a];
      if (isCertified(r, early)) expect(isCertified(r, late)).toBe(true);
    },
  );
});

describe("fails closed", () => {
  const old: TrainingRecord = { person: "sam", completed: [{ course: certification, on: day("1990-01-01") }] };
  const at = day("2006-06-30");
  const withValidity = (validForMonths: unknown): ReadonlyArray<Course> =>
    trainingCourses.map((course) =>
      course.id === certification ? ({ ...course, validForMonths } as unknown as Course) : course,
    );

  it.each([["24"], [24.5], [Number.NaN], [Infinity], [1e20], [0], [-0], [-24], [1201], [undefined], [{}]])(
    "a validForMonths of %s is no validity: the course is not valid",
    (months) => {
      const catalogue = withValidity(months);
      expect(courseStatus(old, certification, at, catalogue).status).toBe("unknown-course");
      expect(isCertified(old, at, catalogue)).toBe(false);
      expect(Result.getOrThrow(mayAppoint("chief-security-adviser", old, at, { catalogue })).allowed).toBe(false);
    },
  );

  it("a whole number of months in range still lapses, and null still never lapses", () => {
    expect(courseStatus(old, certification, at, withValidity(24)).status).toBe("lapsed");
    expect(courseStatus(old, certification, at, withValidity(null)).status).toBe("valid");
  });

  // a real array claiming 2^32 - 1 items costs nothing to build; each answer comes at once
  const huge = <T>(): ReadonlyArray<T> => Object.assign([] as Array<T>, { length: 2 ** 32 - 1 });

  it("lists past their limits are refused at once, never read", () => {
    const record: TrainingRecord = { person: "sam", completed: huge() };
    expect(courseStatus(record, certification, at).status).toBe("not-completed");
    expect(isCertified(old, at, huge())).toBe(false);
    expect(courseStatus(old, certification, at, huge()).status).toBe("unknown-course");
    const renewedByMany = trainingCourses.map((course) =>
      course.id === certification ? { ...course, renewedBy: huge<string>() } : course,
    );
    expect(courseStatus(old, certification, at, renewedByMany).status).toBe("valid");
    expect(Result.getOrThrow(mayAppoint("chief-security-adviser", record, at)).allowed).toBe(false);
    const requirements = huge<AppointmentRequirement>();
    expect(Result.getOrThrow(mayAppoint("chief-security-adviser", old, at, { requirements })).allowed).toBe(false);
    const rule = { role: "warden", courses: huge<string>(), source: { document: "agency rules", location: "§3" } };
    expect(Result.getOrThrow(mayAppoint("warden", old, at, { requirements: [rule] })).allowed).toBe(false);
    // a course id that is such an array: described, not joined into 4 billion commas
    const asked = courseStatus(old, huge<string>() as unknown as string, at);
    expect(asked).toMatchObject({ status: "unknown-course", course: "an array of 4294967295 items" });
  });

  test.prop(
    [
      fc.oneof(
        fc.anything(),
        fc.double(),
        fc.integer().filter((n) => n < 1 || n > 1200),
        fc.integer({ min: 1, max: 1200 }).map(String),
      ),
      instant,
    ],
    { numRuns: 1000 },
  )("a malformed validForMonths never grants", (months, at) => {
    fc.pre(months !== null && !(Number.isSafeInteger(months) && (months as number) >= 1 && (months as number) <= 1200));
    const catalogue = withValidity(months);
    expect(isCertified(old, at, catalogue)).toBe(false);
    expect(courseStatus(old, certification, at, catalogue).status).not.toBe("valid");
    expect(Result.getOrThrow(mayAppoint("chief-security-adviser", old, at, { catalogue })).allowed).toBe(false);
  });
});
