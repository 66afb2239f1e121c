import { fc, test } from "@fast-check/vitest";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decode } from "@unsms/core/schema";
import * as Result from "effect/Result";
import { arrangementRules, checkArrangement, type Arrangement } from "@unsms/accountability";
import { ArrangementSchema } from "@unsms/accountability/schema";
import { validArrangement } from "../support/arrangements";

const read = (name: string): Arrangement =>
  Result.getOrThrow(
    decode(
      ArrangementSchema,
      JSON.parse(readFileSync(new URL(`../../../../docs/examples/accountability/${name}`, import.meta.url), "utf8")),
    ),
  );

const certification = "security-adviser-certification";
const asOf = new Date("2006-07-01T00:00:00Z");

describe("chief-security-adviser-not-certified (A/61/531 ¶22)", () => {
  it("the uncertified sample breaks exactly that rule, citing ¶22", () => {
    const violations = checkArrangement(read("arrangement-uncertified.json"));
    expect(violations.map((violation) => [violation.code, violation.people, violation.citation.location])).toEqual([
      ["chief-security-adviser-not-certified", ["sam"], "¶22"],
    ]);
    expect(violations[0]?.message).toBe(
      "the Chief Security Adviser, Sam Okafor (sam), has no security adviser certification on record at 2006-07-01T09:00:00.000Z",
    );
  });

  it("is judged only with training records, and passes once the adviser is certified", () => {
    const uncertified = read("arrangement-uncertified.json");
    const { training: _omitted, ...without } = uncertified;
    expect(checkArrangement(without)).toEqual([]);
    const training = uncertified.training!;
    const certified: Arrangement = {
      ...uncertified,
      training: {
        ...training,
        records: training.records.map((r) =>
          r.person === "sam"
            ? { ...r, completed: [...r.completed, { course: certification, on: new Date("2006-03-24T14:00:00Z") }] }
            : r,
        ),
      },
    };
    expect(checkArrangement(certified)).toEqual([]);
    const later: Arrangement = {
      ...certified,
      training: { ...certified.training!, asOf: new Date("2006-03-01T00:00:00Z") },
    };
    expect(checkArrangement(later).map((violation) => violation.code)).toEqual([
      "chief-security-adviser-not-certified",
    ]);
    expect(
      checkArrangement(
        uncertified,
        arrangementRules.filter((rule) => !rule.code.includes("certif")),
      ),
    ).toEqual([]);
  });

  it("the schema reads asOf with parseInstant", () => {
    const raw = JSON.parse(
      readFileSync(
        new URL("../../../../docs/examples/accountability/arrangement-uncertified.json", import.meta.url),
        "utf8",
      ),
    );
    const bad = decode(ArrangementSchema, { ...raw, training: { ...raw.training, asOf: "2006-07-01" } });
    expect(Result.isFailure(bad) && bad.failure.issues.map((issue) => issue.path)).toEqual(["$.training.asOf"]);
  });
});

const completion = fc.record({
  course: fc.constantFrom(certification, "security-adviser-refresher", "basic-security-in-the-field"),
  on: fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2008, 0, 1) }).map((ms) => new Date(ms)),
});

const withTraining = fc
  .tuple(validArrangement, fc.array(fc.array(completion, { maxLength: 4 }), { minLength: 12, maxLength: 12 }))
  .map(([arrangement, completions]): Arrangement => ({
    ...arrangement,
    training: {
      asOf,
      records: arrangement.people.map((person, index) => ({
        person: person.id,
        completed: completions[index % completions.length]!,
      })),
    },
  }));

describe("laws", () => {
  test.prop([withTraining, fc.nat()], { numRuns: 1000 })(
    "removing a certificate never removes a violation",
    (arrangement, pick) => {
      const records = arrangement.training!.records;
      const index = pick % Math.max(1, records.length);
      const stripped: Arrangement = {
        ...arrangement,
        training: {
          asOf,
          records: records.map((record, i) =>
            i === index ? { ...record, completed: record.completed.filter((c) => c.course !== certification) } : record,
          ),
        },
      };
      const key = (a: Arrangement) => checkArrangement(a).map((v) => `${v.code}|${v.people.join(",")}`);
      const before = key(arrangement);
      const after = new Set(key(stripped));
      for (const violation of before) expect(after.has(violation)).toBe(true);
    },
  );

  test.prop([withTraining, fc.nat(), fc.array(completion, { maxLength: 4 })], { numRuns: 1000 })(
    "appending a training record, even a second one for a person already recorded, never adds a violation",
    (arrangement, pick, completed) => {
      const { people, training } = arrangement;
      const person = people[pick % people.length]!.id;
      const appended: Arrangement = {
        ...arrangement,
        training: { asOf, records: [...training!.records, { person, completed }] },
      };
      const key = (a: Arrangement) => checkArrangement(a).map((v) => `${v.code}|${v.people.join(",")}`);
      const after = key(appended);
      const before = new Set(key(arrangement));
      for (const violation of after) expect(before.has(violation)).toBe(true);
    },
  );

  test.prop([withTraining], { numRuns: 1000 })(
    "the order of the training records never changes the answer",
    (arrangement) => {
      const reversed: Arrangement = {
        ...arrangement,
        training: { asOf, records: [...arrangement.training!.records].reverse() },
      };
      expect(checkArrangement(reversed)).toEqual(checkArrangement(arrangement));
    },
  );
});

describe("a person's training records", () => {
  const uncertified = read("arrangement-uncertified.json");
  type TrainingRecords = NonNullable<Arrangement["training"]>["records"];
  const empty: TrainingRecords[number] = { person: "sam", completed: [] };
  const certified: TrainingRecords[number] = {
    person: "sam",
    completed: [{ course: certification, on: new Date("2006-03-24T14:00:00Z") }],
  };
  const withRecords = (records: TrainingRecords): Arrangement => ({
    ...uncertified,
    training: { asOf: uncertified.training!.asOf, records },
  });

  it("listed twice, in either order, are judged together: certified when either record certifies", () => {
    expect(checkArrangement(withRecords([empty, certified]))).toEqual([]);
    expect(checkArrangement(withRecords([certified, empty]))).toEqual([]);
    expect(checkArrangement(withRecords([empty, empty])).map((violation) => violation.code)).toEqual([
      "chief-security-adviser-not-certified",
    ]);
  });

  it("the schema takes one record per person, as training's own check does", () => {
    const json = JSON.parse(
      readFileSync(
        new URL("../../../../docs/examples/accountability/arrangement-uncertified.json", import.meta.url),
        "utf8",
      ),
    );
    json.training.records = [
      { person: "sam", completed: [] },
      { person: "sam", completed: [] },
    ];
    const result = decode(ArrangementSchema, json);
    expect(Result.isFailure(result) && result.failure.issues.map((issue) => [issue.path, issue.expected])).toEqual([
      ["$.training.records[1].person", "a person not listed before"],
    ]);
  });

  it("a list said to hold more than 100 000 records is refused by its length, never walked", () => {
    const sparse: Array<TrainingRecords[number]> = [];
    sparse.length = 2 ** 32 - 1;
    const [violation, ...rest] = checkArrangement(withRecords(sparse));
    expect(rest).toEqual([]);
    expect(violation?.message).toContain("$.training.records: expected an array of at most 100000 training records");
  });
});
