import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import {
  courseStandings,
  courseStatus,
  mayAppoint,
  trainingCourses,
  type AppointmentRequirement,
  type Course,
  type CourseStanding,
  type TrainingRecord,
} from "@unsms/training";
import { formerCourseStatus } from "../support/formerCourseStatus";

/** A value whose `key` throws when read (a throwing getter, as a plain JS caller can pass). */
const throwingAt = <T extends object>(value: T, key: PropertyKey): T =>
  Object.defineProperty(value, key, {
    get: () => {
      throw new Error(`${String(key)} cannot be read`);
    },
    enumerable: true,
  });

const revoked = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

// few ids, so that courses, renewers and completions meet; and the odd values a JS caller passes
const id = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom("a", "b", "c", "d") },
  { weight: 1, arbitrary: fc.constantFrom<unknown>("", "__proto__", "toString", undefined, null, 0, -0, Number.NaN) },
);
const instant = fc.oneof(
  // few distinct instants, so that completions tie
  fc.integer({ min: 0, max: 9 }).map((year) => new Date(Date.UTC(2000 + year, 0, 31))),
  fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2010, 0, 1) }).map((ms) => new Date(ms)),
);
const oddInstant = fc.constantFrom<unknown>(
  new Date(Number.NaN),
  "2006-01-01",
  Date.UTC(2006, 0, 1),
  null,
  Object.create(Date.prototype) as unknown,
);
const when = fc.oneof({ weight: 9, arbitrary: instant }, { weight: 1, arbitrary: oddInstant });

/** Lists of renewers one item of which throws when read: the one input the index reads otherwise. */
const unreadableRenewers = new WeakSet<object>();
const renewers = fc.oneof(
  { weight: 6, arbitrary: fc.array(id, { maxLength: 4 }) },
  // an item that throws when read
  {
    weight: 2,
    arbitrary: fc.tuple(fc.array(id, { minLength: 1, maxLength: 4 }), fc.nat()).map(([ids, at]) => {
      const list = throwingAt([...ids], at % ids.length);
      unreadableRenewers.add(list);
      return list;
    }),
  },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(undefined, "a", Object.assign([], { length: 2 ** 32 - 1 })) },
);
const months = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom<unknown>(null, 1, 6, 24, 36, 1200) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>("24", 24.5, 0, 1201, Number.NaN, undefined) },
);
const course = fc
  .record({
    id,
    name: fc.constantFrom("A course", "Another"),
    validForMonths: months,
    renewedBy: renewers,
    throwing: fc.constantFrom(undefined, undefined, undefined, "id", "name", "validForMonths", "renewedBy"),
  })
  .map(({ throwing, ...fields }) => (throwing === undefined ? fields : throwingAt({ ...fields }, throwing)));
const REVOKED = Symbol("a revoked proxy");
const catalogue = fc
  .oneof(
    {
      weight: 9,
      arbitrary: fc.array(
        fc.oneof(
          { weight: 9, arbitrary: course },
          { weight: 1, arbitrary: fc.constantFrom<unknown>(null, undefined, 7, "a") },
          { weight: 1, arbitrary: fc.constant(REVOKED) },
        ),
        { maxLength: 6 },
      ),
      // made here, in the list: fast-check would probe a revoked proxy it generated itself
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom<unknown>(undefined, null, "a", Object.assign([], { length: 2 ** 32 - 1 })),
    },
  )
  .map((value: unknown): unknown =>
    // (the 2^32 − 1 sparse array is left alone: mapping it would take hours)
    Array.isArray(value) && value.length <= 6
      ? value.map((item: unknown) => (item === REVOKED ? revoked() : item))
      : value,
  );
const completion = fc.oneof(
  { weight: 12, arbitrary: fc.record({ course: id, on: when }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, undefined, 7) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.record({ course: id, on: instant }), fc.constantFrom("course", "on"))
      .map(([entry, key]) => throwingAt({ ...entry }, key)),
  },
);
const record = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.record({ person: fc.constant("p"), completed: fc.array(completion, { maxLength: 10 }) }),
  },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, undefined, { person: "p" }, { completed: "a" }) },
  { weight: 1, arbitrary: fc.constant(null).map(() => throwingAt({ person: "p" }, "completed")) },
);

/** The `renewedBy` of the course the former scan found for an id (`undefined` when it threw). */
const renewersFound = (catalogue: unknown, courseId: unknown): unknown => {
  try {
    // (not the sparse array of 2^32 − 1 items, which knows no course)
    if (!Array.isArray(catalogue) || catalogue.length > 1000) return undefined;
    return (catalogue as ReadonlyArray<Course | null | undefined>).find((course) => course?.id === courseId)?.renewedBy;
  } catch {
    return undefined;
  }
};

/**
 * The indexed standing is the former one; but for a course whose renewers cannot all be read,
 * which the former scan read only as far as a completion asked (`includes`), answering from
 * the ones it reached: the index reads them all, and fails closed, `not-completed`.
 */
const expectFormer = (indexed: CourseStanding, former: CourseStanding, catalogue: unknown, courseId: unknown) => {
  const renewedBy = renewersFound(catalogue, courseId);
  const unreadable = typeof renewedBy === "object" && renewedBy !== null && unreadableRenewers.has(renewedBy);
  // (an unknown course reads no renewers)
  if (unreadable && former.status !== "unknown-course") expect(indexed.status).toBe("not-completed");
  else expect(indexed).toStrictEqual(former);
};

describe("courseStandings: each input read once, every answer courseStatus's former answer", () => {
  test.prop([record, when, catalogue, fc.array(id, { minLength: 1, maxLength: 8 })], { numRuns: 3000 })(
    "the indexed standing equals the former scan for random records, catalogues, instants and ids",
    (r, at, c, asked) => {
      const standing = courseStandings(c as ReadonlyArray<Course>)(r as TrainingRecord, at as Date);
      for (const courseId of asked) {
        const former = formerCourseStatus(
          r as TrainingRecord,
          courseId as string,
          at as Date,
          c as ReadonlyArray<Course>,
        );
        const indexed = standing(courseId as string);
        expectFormer(indexed, former, c, courseId);
        expect(
          courseStatus(r as TrainingRecord, courseId as string, at as Date, c as ReadonlyArray<Course>),
        ).toStrictEqual(indexed);
      }
    },
  );

  test.prop([fc.array(record, { minLength: 1, maxLength: 4 }), when, catalogue, fc.array(id, { maxLength: 6 })], {
    numRuns: 500,
  })("one catalogue read serves many records", (records, at, c, asked) => {
    const standingsIn = courseStandings(c as ReadonlyArray<Course>);
    for (const r of records) {
      const standing = standingsIn(r as TrainingRecord, at as Date);
      for (const courseId of asked)
        expectFormer(
          standing(courseId as string),
          formerCourseStatus(r as TrainingRecord, courseId as string, at as Date, c as ReadonlyArray<Course>),
          c,
          courseId,
        );
    }
  });

  it("the default catalogue is the report's", () => {
    const sam: TrainingRecord = {
      person: "sam",
      completed: [{ course: "security-adviser-certification", on: new Date("2003-05-02T00:00:00Z") }],
    };
    const at = new Date("2006-07-01T00:00:00Z");
    const standing = courseStandings()(sam, at);
    for (const course of [...trainingCourses.map((c) => c.id), "first-aid"])
      expect(standing(course)).toStrictEqual(formerCourseStatus(sam, course, at));
  });

  it("hostile values: read only as far as the former scan read them, or failing closed", () => {
    const good = { id: "a", name: "A", validForMonths: null, renewedBy: ["r"] };
    const at = new Date("2006-07-01T00:00:00Z");
    const r: TrainingRecord = { person: "p", completed: [{ course: "a", on: new Date("2006-01-01T00:00:00Z") }] };
    // a course after the one found, whose id throws: `find` stopped before it
    const catalogue = [good, throwingAt({ ...good, id: "b" }, "id")] as unknown as ReadonlyArray<Course>;
    expect(courseStandings(catalogue)(r, at)("a").status).toBe("valid");
    // …but it hides every id not found before it
    expect(courseStandings(catalogue)(r, at)("z")).toStrictEqual(formerCourseStatus(r, "z", at, catalogue));
    expect(courseStandings(catalogue)(r, at)("z").status).toBe("not-completed");
    // renewers one of which cannot be read renew nothing: the course is not valid (fails closed), where the
    // former scan, asked by no completion for the item that throws, answered from the others
    const renewedBy = throwingAt(["r", "s"], 1);
    const renewed = [{ ...good, renewedBy }] as unknown as ReadonlyArray<Course>;
    const withRenewal = {
      person: "p",
      completed: [...r.completed, { course: "r", on: new Date("2006-02-01T00:00:00Z") }],
    };
    expect(formerCourseStatus(withRenewal, "a", at, renewed).status).toBe("valid");
    expect(courseStandings(renewed)(withRenewal, at)("a")).toStrictEqual({
      course: "a",
      name: "a",
      status: "not-completed",
      completedOn: null,
      validUntil: null,
    });
    // a record that cannot be read is never read for a course the catalogue does not have
    const unreadable = throwingAt({ person: "p" }, "completed") as unknown as TrainingRecord;
    expect(courseStandings(catalogue)(unreadable, at)("a").status).toBe("not-completed");
    expect(courseStandings([good] as unknown as ReadonlyArray<Course>)(unreadable, at)("q").status).toBe(
      "unknown-course",
    );
  });
});

/** A catalogue of `size` courses whose ids count their reads. */
const countedCatalogue = (size: number) => {
  const reads = { id: 0 };
  const courses = Array.from({ length: size }, (_, i) => {
    const fields = { name: `C${i}`, validForMonths: 24, renewedBy: ["refresher"] };
    return Object.defineProperty(fields, "id", {
      get: () => {
        reads.id += 1;
        return `course-${i}`;
      },
      enumerable: true,
    }) as unknown as Course;
  });
  return { courses, reads };
};

/** A record of `size` completions whose dates count their reads. */
const countedRecord = (size: number) => {
  const reads = { on: 0 };
  const completed = Array.from({ length: size }, (_, i) =>
    Object.defineProperty({ course: `course-${i}` }, "on", {
      get: () => {
        reads.on += 1;
        return new Date("2005-01-01T00:00:00Z");
      },
      enumerable: true,
    }),
  ) as unknown as TrainingRecord["completed"];
  return { record: { person: "p", completed }, reads };
};

describe("cost: linear in the catalogue and the record, not in their product with the courses asked", () => {
  it("mayAppoint reads the catalogue and the record once, whatever the courses its rules require", () => {
    const { courses, reads } = countedCatalogue(200);
    const { record, reads: recordReads } = countedRecord(200);
    const requirements: ReadonlyArray<AppointmentRequirement> = Array.from({ length: 50 }, (_, r) => ({
      role: "warden",
      courses: Array.from({ length: 20 }, (_, c) => `course-${r * 20 + c}`),
      source: { document: "agency rules", location: "§3" },
    }));
    const decision = Result.getOrThrow(
      mayAppoint("warden", record, new Date("2006-01-01T00:00:00Z"), { requirements, catalogue: courses }),
    );
    // 1 000 courses asked: 200 of the catalogue, valid, and 800 it does not have
    expect(decision.missing).toHaveLength(800);
    // the scan per course read ids about 1 000 × 200 times, and dates 200 × 200 times
    expect(reads.id).toBeLessThanOrEqual(4 * 200);
    expect(recordReads.on).toBeLessThanOrEqual(3 * 200);
  });

  it("courseStandings answers many courses from one read of the record", () => {
    const { courses, reads } = countedCatalogue(300);
    const { record, reads: recordReads } = countedRecord(300);
    const standing = courseStandings(courses)(record, new Date("2006-01-01T00:00:00Z"));
    for (let i = 0; i < 300; i += 1) expect(standing(`course-${i}`).status).toBe("valid");
    expect(reads.id).toBeLessThanOrEqual(4 * 300);
    expect(recordReads.on).toBeLessThanOrEqual(3 * 300);
  });
});
