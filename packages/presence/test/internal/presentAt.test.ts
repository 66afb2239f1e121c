import { fc, test } from "@fast-check/vitest";
import { makeMoney, USD, type DutyStationId, type OrganizationId, type PersonId } from "@unsms/core";
import {
  changesBetween,
  costSharesFromPresence,
  countHeadcounts,
  drawEvacuationList,
  takeCensus,
  type PresenceRecord,
} from "@unsms/presence";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { consistentRecordsArb } from "../support/arbitraries";
import { countingReads } from "../../../../tools/vitest/countingReads";

const from = new Date("2006-01-01T00:00:00Z");
const at = new Date("2006-06-30T12:00:00Z");
const record = (fields: Partial<Record<keyof PresenceRecord, unknown>> = {}): PresenceRecord =>
  ({
    person: "p" as PersonId,
    organization: "UNDP" as OrganizationId,
    category: "staff",
    dutyStation: "Cairo" as DutyStationId,
    from,
    to: null,
    source: "ists",
    ...fields,
  }) as PresenceRecord;
const failure = (result: Result.Result<unknown, { readonly path: string; readonly expected: string }>) =>
  Result.isFailure(result) ? [result.failure.path, result.failure.expected] : ["accepted"];
// costSharesFromPresence may also fail with a cost-sharing error, which has no `path`
type Refusal = Result.Result<unknown, { readonly _tag: string; readonly path?: unknown; readonly received?: unknown }>;
/** Every public function that reads records (all through presentAt), on the same records. */
const readers: ReadonlyArray<readonly [string, (records: ReadonlyArray<PresenceRecord>) => Refusal]> = [
  ["takeCensus", (records) => takeCensus(records, at)],
  ["countHeadcounts", (records) => countHeadcounts(records, at)],
  ["changesBetween", (records) => changesBetween(records, from, at)],
  ["drawEvacuationList", (records) => drawEvacuationList(records, at, "Cairo" as DutyStationId)],
  ["costSharesFromPresence", (records) => costSharesFromPresence(records, at, makeMoney(100n, USD))],
];
/** Tag, path and what was received: the same through every function that reads records. */
const refusals = (records: unknown): Array<unknown> => {
  const r = records as ReadonlyArray<PresenceRecord>;
  const results = readers.map(([, read]) => read(r));
  return results.map((result) =>
    Result.isFailure(result) ? [result.failure._tag, result.failure.path, result.failure.received] : ["accepted"],
  );
};
const categories = "one of staff, dependant, consultant, contractor, visitor";

// presentAt, the reading every presence function shares, seen through takeCensus.
describe("presentAt", () => {
  it("takes ids of 1 to 128 characters, refusing an empty one and one of 129, at the field's path", () => {
    for (const key of ["person", "organization", "dutyStation"] as const) {
      expect(Result.getOrThrow(takeCensus([record({ [key]: "x".repeat(128) })], at)).total, key).toBe(1);
      for (const id of ["", "x".repeat(129)])
        expect(failure(takeCensus([record({ [key]: id })], at)), `${key} of ${id.length}`).toEqual([
          `$.records[0].${key}`,
          "an id of 1 to 128 characters",
        ]);
    }
  });

  it("takes a source of 1 to 128 characters, refusing an empty one, one of 129 and a missing one, at its path", () => {
    expect(Result.getOrThrow(takeCensus([record({ source: "x".repeat(128) })], at)).total).toBe(1);
    for (const source of ["", "x".repeat(129), undefined, 7])
      expect(failure(takeCensus([record({ source })], at)), String(source).length.toString()).toEqual([
        "$.records[0].source",
        "a source of 1 to 128 characters",
      ]);
  });

  it("refuses a record that ends the instant it starts, at its `to`", () => {
    expect(failure(takeCensus([record({ to: from })], at))).toEqual(["$.records[0].to", "an instant after from"]);
    expect(Result.getOrThrow(takeCensus([record({ to: new Date(from.getTime() + 1) })], from)).total).toBe(1);
  });

  it("refuses an invalid Date as the instant asked about, whichever function is asked", () => {
    const invalid = new Date(Number.NaN);
    const records = [record()];
    expect(failure(takeCensus(records, invalid))[0]).toBe("at");
    expect(failure(countHeadcounts(records, invalid))[0]).toBe("at");
    expect(failure(changesBetween(records, invalid, at))[0]).toBe("from");
    expect(failure(changesBetween(records, from, invalid))[0]).toBe("to");
  });

  it("keeps apart placements whose ids only agree once joined (`a|b` at `c`, `a` at `b|c`)", () => {
    const result = takeCensus(
      [record({ dutyStation: "a|b", organization: "c" }), record({ dutyStation: "a", organization: "b|c" })],
      at,
    );
    expect(
      Result.isFailure(result) && result.failure._tag === "ConflictingPresence" && result.failure.conflicts,
    ).toEqual([
      {
        person: "p",
        placements: [
          { dutyStation: "a", organization: "b|c", category: "staff" },
          { dutyStation: "a|b", organization: "c", category: "staff" },
        ],
      },
    ]);
  });

  it("every refusal of the records, at its path in the presence input, whichever function reads them", () => {
    const tooMany: Array<PresenceRecord> = [];
    tooMany.length = 1_000_001; // a sparse array: refused by its length before any record is read
    const cases: ReadonlyArray<readonly [string, unknown, string, string, string]> = [
      ["not a list", "records", "$.records", "an array of presence records", '"records"'],
      ["too many", tooMany, "$.records", "at most 1000000 records", "1000001 records"],
      // eslint-disable-next-line no-sparse-arrays -- the hole is the case
      ["a hole", [record(), , record()], "$.records[1]", "a presence record", "nothing (missing)"],
      ["not an object", [record(), null], "$.records[1]", "a presence record", "null"],
      [
        "a person that is not a string",
        [record({ person: 7 })],
        "$.records[0].person",
        "an id of 1 to 128 characters",
        "7",
      ],
      [
        "a missing organization",
        [record({ organization: undefined })],
        "$.records[0].organization",
        "an id of 1 to 128 characters",
        "nothing (missing)",
      ],
      [
        "an empty duty station",
        [record({ dutyStation: "" })],
        "$.records[0].dutyStation",
        "an id of 1 to 128 characters",
        '""',
      ],
      ["an unknown category", [record({ category: "boss" })], "$.records[0].category", categories, '"boss"'],
      ["a category that is not a string", [record({ category: 1 })], "$.records[0].category", categories, "1"],
      ["a from that is text", [record({ from: "2006-01-01" })], "$.records[0].from", "a valid Date", '"2006-01-01"'],
      ["an invalid from", [record({ from: new Date(Number.NaN) })], "$.records[0].from", "a valid Date", "an object"],
      ["a missing to", [record({ to: undefined })], "$.records[0].to", "a valid Date or null", "nothing (missing)"],
      ["an invalid to", [record({ to: new Date(Number.NaN) })], "$.records[0].to", "a valid Date or null", "an object"],
      [
        "a missing source",
        [record(), record({ source: undefined })],
        "$.records[1].source",
        "a source of 1 to 128 characters",
        "nothing (missing)",
      ],
      [
        "a source that is not a string",
        [record({ source: 25 })],
        "$.records[0].source",
        "a source of 1 to 128 characters",
        "25",
      ],
      ["an empty source", [record({ source: "" })], "$.records[0].source", "a source of 1 to 128 characters", '""'],
      [
        "a to before from",
        [record(), record({ to: new Date(from.getTime() - 1) })],
        "$.records[1].to",
        "an instant after from",
        "2005-12-31T23:59:59.999Z",
      ],
    ];
    for (const [what, records, path, expected, received] of cases) {
      const result = takeCensus(records as ReadonlyArray<PresenceRecord>, at);
      expect(
        Result.isFailure(result) && [
          result.failure._tag,
          result.failure.path,
          result.failure.expected,
          result.failure.received,
        ],
        what,
      ).toEqual(["InvalidPresenceInput", path, expected, received]);
      expect(refusals(records), what).toEqual(readers.map(() => ["InvalidPresenceInput", path, received]));
    }
  });

  it("reads each field of a record once: the error describes the value that was checked", () => {
    const read = (call: (records: ReadonlyArray<PresenceRecord>) => Refusal) => {
      // a getter that answers "" first, then "p": the check that reads once refuses the "" it read
      let reads = 0;
      const shifty = Object.defineProperty({ ...record() }, "person", { get: () => (reads++ === 0 ? "" : "p") });
      const result = call([shifty]);
      return [Result.isFailure(result) && [result.failure.path, result.failure.received], reads];
    };
    for (const [name, call] of readers) expect(read(call), name).toEqual([["$.records[0].person", '""'], 1]);
  });

  it("reads each field of a well-formed record once, whichever function reads them", () => {
    const fields = { person: 1, organization: 1, category: 1, dutyStation: 1, from: 1, to: 1, source: 1 };
    for (const [name, call] of readers) {
      // present at `at`, present at neither instant, and a duplicate of the first
      const watched = [
        record(),
        record({ person: "q", to: new Date(from.getTime() - 1), from: new Date(0) }),
        record(),
      ].map((r) => countingReads(r));
      expect(Result.isSuccess(call(watched.map((w) => w.proxy))), name).toBe(true);
      for (const w of watched) expect(w.reads(), name).toEqual(fields);
    }
  });

  test.prop([
    consistentRecordsArb.filter((records) => records.length > 0),
    fc.nat(),
    fc.constantFrom<[string, unknown, string]>(
      ["", undefined, ""],
      ["", 42, ""],
      ["person", "", ".person"],
      ["organization", null, ".organization"],
      ["dutyStation", "x".repeat(129), ".dutyStation"],
      ["category", "boss", ".category"],
      ["from", new Date(Number.NaN), ".from"],
      ["to", "2006-02-01", ".to"],
      ["to", new Date(Date.UTC(2005, 0, 1)), ".to"],
      ["source", undefined, ".source"],
      ["source", "", ".source"],
    ),
  ])(
    "law: one record spoiled at index i (a hole, junk or one bad field) is refused at $.records[i]",
    (records, n, spoil) => {
      const [key, value, suffix] = spoil;
      const index = n % records.length;
      // a hole is index i never assigned
      const spoiled = new Array<unknown>(records.length);
      records.forEach((record, i) => {
        if (i !== index) spoiled[i] = record;
        else if (key !== "" || value !== undefined) spoiled[i] = key === "" ? value : { ...record, [key]: value };
      });
      expect(index in spoiled).toBe(key !== "" || value !== undefined);
      for (const refusal of refusals(spoiled))
        expect((refusal as Array<unknown>).slice(0, 2)).toEqual([
          "InvalidPresenceInput",
          `$.records[${index}]${suffix}`,
        ]);
    },
  );
});
