import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { describeValue } from "@unsms/core";
import { planDeployment, type DeploymentNeed, type DeploymentRequest, type StandbyOfficer } from "@unsms/surge";
import { trainingCourses, type Course } from "@unsms/training";

// Large inputs are built cheaply: every officer shares one window and its lists.
const window = { from: new Date("2006-07-01T00:00:00Z"), to: new Date("2006-09-30T00:00:00Z") };
const officer = (id: string): StandbyOfficer => ({
  id,
  grade: "P-3",
  skills: [],
  languages: [],
  training: [],
  homeStation: "Amman",
  available: window,
});
const rosterOf = (n: number): ReadonlyArray<StandbyOfficer> => Array.from({ length: n }, (_, i) => officer(`o${i}`));
const need = (more: Partial<DeploymentNeed> = {}): DeploymentNeed => ({
  id: "n",
  count: 1,
  skills: [],
  languages: [],
  courses: [],
  ...more,
});
const request = (more: Partial<DeploymentRequest> = {}): DeploymentRequest => ({
  destination: "Beirut",
  notifiedAt: new Date("2006-07-14T06:00:00Z"),
  withinHours: 48,
  needs: [],
  travel: [],
  ...more,
});
const labels = (n: number, prefix = "x"): ReadonlyArray<string> => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
// an agency catalogue of 101 courses, so that 100 of them may be asked for
const catalogue: ReadonlyArray<Course> = labels(101, "c").map((id) => ({ ...trainingCourses[0]!, id }));

/** What `planDeployment` says of the input: its path and expected on failure, else "planned". */
const outcome = (roster: ReadonlyArray<StandbyOfficer>, req: DeploymentRequest) => {
  const result = planDeployment(roster, req, { catalogue });
  return Result.isSuccess(result)
    ? "planned"
    : { path: result.failure.path, expected: result.failure.expected, received: result.failure.received };
};

interface Limit {
  readonly path: string;
  readonly limit: number;
  readonly expected: string;
  /** The input with a list (or number) of `n` at that path. */
  readonly build: (n: number) => readonly [ReadonlyArray<StandbyOfficer>, DeploymentRequest];
}

// every limit the guide and planDeployment document, each at its path
const limits: ReadonlyArray<Limit> = [
  {
    path: "$.request.needs",
    limit: 100,
    expected: "an array of at most 100 needs",
    build: (n) => [[], request({ needs: labels(n).map((id) => need({ id })) })],
  },
  {
    path: "$.request.needs[0].count",
    limit: 10_000,
    expected: "a whole number from 0 to 10000",
    build: (n) => [[], request({ needs: [need({ count: n })] })],
  },
  {
    path: "$.request.needs[0].skills",
    limit: 100,
    expected: "an array of at most 100 strings",
    build: (n) => [[], request({ needs: [need({ skills: labels(n) })] })],
  },
  {
    path: "$.request.needs[0].languages",
    limit: 50,
    expected: "an array of at most 50 strings",
    build: (n) => [[], request({ needs: [need({ languages: labels(n) })] })],
  },
  {
    path: "$.request.needs[0].courses",
    limit: 100,
    expected: "an array of at most 100 strings",
    build: (n) => [[], request({ needs: [need({ courses: labels(n, "c") })] })],
  },
  {
    path: "$.request.needs[0].grades",
    limit: 50,
    expected: "an array of at most 50 strings",
    build: (n) => [[], request({ needs: [need({ grades: labels(n) })] })],
  },
  {
    path: "$.request.travel",
    limit: 100_000,
    expected: "an array of at most 100000 travel times",
    build: (n) => [[], request({ travel: Array.from({ length: n }, () => ({ from: "Amman", hours: 4 })) })],
  },
  {
    path: "$.request.withinHours",
    limit: 8760,
    expected: "a number of hours above 0 and at most 8760",
    build: (n) => [[], request({ withinHours: n })],
  },
  {
    path: "$.request.travel[0].hours",
    limit: 8760,
    expected: "a number of hours from 0 to 8760",
    build: (n) => [[], request({ travel: [{ from: "Amman", hours: n }] })],
  },
  {
    path: "$.roster[0].skills",
    limit: 100,
    expected: "an array of at most 100 strings",
    build: (n) => [[{ ...officer("o"), skills: labels(n) }], request()],
  },
  {
    path: "$.roster[0].languages",
    limit: 50,
    expected: "an array of at most 50 strings",
    build: (n) => [[{ ...officer("o"), languages: labels(n) }], request()],
  },
  {
    path: "$.roster[0].training",
    limit: 1000,
    expected: "an array of at most 1000 completed courses",
    build: (n) => [
      [{ ...officer("o"), training: Array.from({ length: n }, () => ({ course: "c0", on: window.from })) }],
      request(),
    ],
  },
];

describe("planDeployment keeps every documented limit", () => {
  const roster = rosterOf(100_000);

  it("plans a roster of 100 000 officers and refuses one of 100 001 (it planned it)", () => {
    expect(outcome(roster, request())).toBe("planned");
    expect(outcome([...roster, officer("one-more")], request())).toEqual({
      path: "$.roster",
      expected: "an array of at most 100000 officers",
      received: "an array of 100001 items",
    });
  });

  it.each(limits)("$path: $limit is planned, one more is refused", ({ path, limit, expected, build }) => {
    expect(outcome(...build(limit))).toBe("planned");
    expect(outcome(...build(limit + 1))).toMatchObject({ path, expected });
  });

  test.prop([fc.constantFrom(...limits.filter((limit) => limit.limit <= 1000)), fc.integer({ min: -3, max: 3 })])(
    "a list (or number) is refused exactly when it is past its limit",
    ({ path, limit, build }, offset) => {
      const planned = outcome(...build(Math.max(1, limit + offset)));
      expect(planned === "planned").toBe(limit + offset <= limit);
      if (planned !== "planned") expect(planned.path).toBe(path);
    },
  );
});

describe("planDeployment describes what it received as core does", () => {
  it("a valid Date as a Date with its instant, an invalid one as invalid (both were 'an invalid date')", () => {
    const valid = outcome([], request({ destination: new Date("2006-07-14T06:00:00Z") as never }));
    expect(valid).toMatchObject({ path: "$.request.destination", received: "a Date (2006-07-14T06:00:00.000Z)" });
    const invalid = outcome([], request({ notifiedAt: new Date("2006-13-01") }));
    expect(invalid).toMatchObject({ path: "$.request.notifiedAt", received: "an invalid Date" });
  });

  it("a number as written and an array with its length (were 'number' and 'an array')", () => {
    expect(outcome([], request({ destination: 12 as never }))).toMatchObject({ received: "12" });
    expect(outcome([], request({ destination: ["a", "b"] as never }))).toMatchObject({
      received: "an array of 2 items",
    });
  });

  test.prop([fc.anything().filter((value) => typeof value !== "string")])(
    "any other value is received as core's describeValue tells it",
    (value) => {
      expect(outcome([], request({ destination: value as never }))).toMatchObject({
        path: "$.request.destination",
        received: describeValue(value),
      });
    },
  );
});

describe("the catalogue's limit", () => {
  const courses = (n: number): ReadonlyArray<Course> => labels(n, "k").map((id) => ({ ...trainingCourses[0]!, id }));

  it("is training's CatalogueSchema's: 1000 courses pass both, 1001 neither", async () => {
    const { CatalogueSchema } = await import("@unsms/training/schema");
    const { decode } = await import("@unsms/core/schema");
    expect(Result.isSuccess(decode(CatalogueSchema, courses(1000)))).toBe(true);
    expect(Result.isSuccess(decode(CatalogueSchema, courses(1001)))).toBe(false);
    expect(Result.isSuccess(planDeployment(rosterOf(1), request(), { catalogue: courses(1000) }))).toBe(true);
    const refused = planDeployment(rosterOf(1), request(), { catalogue: courses(1001) });
    expect(Result.isFailure(refused) && [refused.failure.path, refused.failure.expected]).toEqual([
      "$.catalogue",
      "an array of at most 1000 courses",
    ]);
  });

  it("a sparse catalogue claiming 2^32 − 1 courses is refused by its length, never walked", () => {
    const sparse: Array<Course> = [];
    sparse.length = 2 ** 32 - 1;
    const refused = planDeployment(rosterOf(1), request(), { catalogue: sparse });
    expect(Result.isFailure(refused) && refused.failure.received).toBe(describeValue(sparse));
  });
});

describe("planDeployment plans from what it checked, each field read once", () => {
  // an officer every need below can take, and a request with one need of one place
  const able: StandbyOfficer = { ...officer("able"), skills: ["s"], languages: ["en"] };
  const oneNeed = request({ needs: [need({ id: "n", skills: ["s"] })] });
  const plan = (roster: ReadonlyArray<StandbyOfficer>, req: DeploymentRequest) =>
    planDeployment(roster, req, { catalogue });

  it("needs that answer [] twice and then 500 needs are planned as no need (500 are refused when given)", () => {
    const many = labels(500).map((id) => need({ id, count: 1 }));
    let reads = 0;
    const shifting = {
      ...request(),
      get needs() {
        reads += 1;
        return reads <= 2 ? [] : many;
      },
    };
    expect(plan([able], shifting)).toEqual(plan([able], request({ needs: [] })));
    expect(reads).toBe(1);
    expect(outcome([able], request({ needs: many }))).toMatchObject({ path: "$.request.needs" });
  });

  // each field of the request and of an officer: a getter answering the checked value first
  // and another on every later read is planned as the first (each was read again by the planner)
  const later: ReadonlyArray<
    readonly [string, (value: () => unknown) => [ReadonlyArray<StandbyOfficer>, DeploymentRequest], unknown, unknown]
  > = [
    [
      "request.destination",
      (value) => [[able], Object.defineProperty({ ...oneNeed }, "destination", { get: value, enumerable: true })],
      "Amman",
      "Beirut",
    ],
    [
      "request.notifiedAt",
      (value) => [[able], Object.defineProperty({ ...oneNeed }, "notifiedAt", { get: value, enumerable: true })],
      new Date("2006-07-14T06:00:00Z"),
      new Date("2006-06-01T00:00:00Z"),
    ],
    [
      "request.withinHours",
      (value) => [[able], Object.defineProperty({ ...oneNeed }, "withinHours", { get: value, enumerable: true })],
      48,
      100_000,
    ],
    [
      "request.until",
      (value) => [[able], Object.defineProperty({ ...oneNeed }, "until", { get: value, enumerable: true })],
      undefined,
      new Date("2007-01-01T00:00:00Z"),
    ],
    [
      "request.travel",
      (value) => [[able], Object.defineProperty({ ...oneNeed }, "travel", { get: value, enumerable: true })],
      [{ from: "Amman", hours: 4 }],
      [],
    ],
    [
      "request.needs[0].skills",
      (value) => [
        [able],
        { ...oneNeed, needs: [Object.defineProperty(need({ id: "n" }), "skills", { get: value, enumerable: true })] },
      ],
      ["s"],
      ["not-held"],
    ],
    [
      "request.needs[0].count",
      (value) => [
        [able],
        {
          ...oneNeed,
          needs: [Object.defineProperty(need({ id: "n", skills: ["s"] }), "count", { get: value, enumerable: true })],
        },
      ],
      1,
      1_000_000,
    ],
    [
      "roster[0].skills",
      (value) => [[Object.defineProperty({ ...able }, "skills", { get: value, enumerable: true })], oneNeed],
      ["s"],
      Array.from({ length: 1_000 }, () => "x"),
    ],
    [
      "roster[0].homeStation",
      (value) => [
        [Object.defineProperty({ ...able }, "homeStation", { get: value, enumerable: true })],
        { ...oneNeed, travel: [{ from: "Amman", hours: 4 }] },
      ],
      "Amman",
      "Nowhere",
    ],
    [
      "roster[0].available",
      (value) => [[Object.defineProperty({ ...able }, "available", { get: value, enumerable: true })], oneNeed],
      window,
      { from: new Date("2006-01-01T00:00:00Z"), to: new Date("2006-02-01T00:00:00Z") },
    ],
  ];
  it.each(later)("%s", (_, build, first, second) => {
    let reads = 0;
    const answer = (): unknown => (++reads === 1 ? first : second);
    const [roster, req] = build(answer);
    const [plainRoster, plainRequest] = build(() => first);
    expect(plan(roster, req)).toEqual(plan(plainRoster, plainRequest));
    expect(reads).toBe(1);
  });

  it("a roster, a need's list and the needs are read by index, never by their own iterators", () => {
    const hidden = (items: ReadonlyArray<unknown>) => ({
      [Symbol.iterator]: () => items[Symbol.iterator](),
      entries: () => items.entries(),
      forEach: (f: (item: unknown, index: number) => void) => items.forEach(f),
      map: (f: (item: unknown, index: number) => unknown) => items.map(f),
      some: (f: (item: unknown) => boolean) => items.some(f),
    });
    const roster = Object.assign([] as Array<StandbyOfficer>, hidden([able]));
    const needs = Object.assign([need({ id: "n", skills: ["s"] })], hidden(labels(500).map((id) => need({ id }))));
    const skills = Object.assign(["s"], hidden(labels(1_000)));
    const result = plan(roster, { ...request(), needs });
    expect(result).toEqual(plan([], request({ needs: [need({ id: "n", skills: ["s"] })] })));
    const withSkills = plan([{ ...able, skills }], oneNeed);
    expect(withSkills).toEqual(plan([able], oneNeed));
  });
});
