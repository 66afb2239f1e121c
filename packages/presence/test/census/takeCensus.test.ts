import { fc, test } from "@fast-check/vitest";
import type { DutyStationId } from "@unsms/core";
import { takeCensus, type PresenceRecord } from "@unsms/presence";
import { readPresenceInput } from "@unsms/presence/schema";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { consistentRecordsArb, dayArb, naivePresent, recordsArb, reorder } from "../support/arbitraries";
import { readExample, sampleRecords } from "../support/readExample";

const at = new Date("2006-06-30T12:00:00Z");

describe("takeCensus", () => {
  it("the sample at 30 June 2006: Bogota 6, Cairo 5, Manila 6 — egy-s1, recorded twice, counts once; phl-s4 has moved to Cairo", () => {
    const census = Result.getOrThrow(takeCensus(sampleRecords(), at));
    expect(census.total).toBe(17);
    expect(census.stations.map((s) => [s.dutyStation, s.total])).toEqual([
      ["Bogota", 6],
      ["Cairo", 5],
      ["Manila", 6],
    ]);
    const cairo = census.stations.find((s) => s.dutyStation === "Cairo");
    expect(cairo?.people.map((p) => p.person)).toEqual(["egy-d1", "egy-s1", "egy-s2", "egy-s3", "phl-s4"]);
    expect(cairo?.people.find((p) => p.person === "egy-s1")?.source).toBe("country-office-staff-list");
    expect(cairo?.byCategory).toEqual([
      { category: "staff", count: 4 },
      { category: "dependant", count: 1 },
    ]);
  });

  it("one station, listed even when nobody is there; a record ends at its `to`, excluded", () => {
    const one = Result.getOrThrow(takeCensus(sampleRecords(), at, { dutyStation: "Manila" as DutyStationId }));
    expect(one.stations.map((s) => s.dutyStation)).toEqual(["Manila"]);
    const nowhere = Result.getOrThrow(takeCensus(sampleRecords(), at, { dutyStation: "Nairobi" as DutyStationId }));
    expect(nowhere).toMatchObject({ total: 0, stations: [{ dutyStation: "Nairobi", total: 0, people: [] }] });
    // col-s4 left Bogota at 2006-05-31T18:00-05:00 = 23:00Z
    const left = new Date("2006-05-31T23:00:00Z");
    const before = Result.getOrThrow(
      takeCensus(sampleRecords(), new Date(left.getTime() - 1), { dutyStation: "Bogota" as DutyStationId }),
    );
    const after = Result.getOrThrow(takeCensus(sampleRecords(), left, { dutyStation: "Bogota" as DutyStationId }));
    expect(before.stations[0]?.people.some((p) => p.person === "col-s4")).toBe(true);
    expect(after.stations[0]?.people.some((p) => p.person === "col-s4")).toBe(false);
  });

  it("refuses a person in two places at once, naming every such person", () => {
    const records = Result.getOrThrow(readPresenceInput(readExample("conflicting.json"))).records;
    const result = takeCensus(records, at);
    expect(Result.isFailure(result) && result.failure._tag).toBe("ConflictingPresence");
    // the path is where the second placement sits in the presence input document
    expect(Result.isFailure(result) && result.failure.path).toBe("$.records[1]");
    if (Result.isFailure(result) && result.failure._tag === "ConflictingPresence") {
      expect(result.failure.conflicts).toEqual([
        {
          person: "phl-s4",
          placements: [
            { dutyStation: "Cairo", organization: "UNHCR", category: "staff" },
            { dutyStation: "Manila", organization: "UNHCR", category: "staff" },
          ],
        },
      ]);
    }
    // before the second record starts, there is no conflict
    expect(Result.isSuccess(takeCensus(records, new Date("2006-04-01T00:00:00Z")))).toBe(true);
  });

  it("with several people in conflict, the path is the first conflicting record's", () => {
    const from = new Date("2006-01-01T00:00:00Z");
    const record = (person: string, dutyStation: string) =>
      ({
        person,
        organization: "UNHCR",
        category: "staff",
        dutyStation,
        from,
        to: null,
        source: "ists",
      }) as PresenceRecord;
    const records = [record("b", "Cairo"), record("a", "Cairo"), record("b", "Manila"), record("a", "Manila")];
    const result = takeCensus(records, at);
    expect(Result.isFailure(result) && result.failure._tag).toBe("ConflictingPresence");
    expect(Result.isFailure(result) && result.failure.path).toBe("$.records[2]");
    // a third placement of the same person moves nothing either
    const thrice = takeCensus([...records.slice(0, 3), record("b", "Bogota")], at);
    expect(Result.isFailure(thrice) && thrice.failure.path).toBe("$.records[2]");
  });

  it("never throws on what a plain JavaScript caller may pass", () => {
    const bad: ReadonlyArray<unknown> = [
      null,
      42,
      [null],
      [{ person: "p" }],
      [{ person: "p", organization: "o", category: "boss", dutyStation: "d", from: at, to: null }],
    ];
    for (const records of bad) {
      const result = takeCensus(records as ReadonlyArray<PresenceRecord>, at);
      expect(Result.isFailure(result) && result.failure._tag).toBe("InvalidPresenceInput");
    }
    expect(Result.isFailure(takeCensus([], "2006-06-30" as unknown as Date))).toBe(true);
  });

  test.prop([recordsArb, dayArb, fc.array(fc.nat())])(
    "law: record order never changes the answer",
    (records, day, keys) => {
      const once = takeCensus(records, day);
      const again = takeCensus(reorder(records, keys), day);
      if (Result.isSuccess(once)) expect(again).toEqual(once);
      else {
        expect(Result.isFailure(again)).toBe(true);
        if (
          Result.isFailure(again) &&
          once.failure._tag === "ConflictingPresence" &&
          again.failure._tag === "ConflictingPresence"
        ) {
          expect(again.failure.conflicts).toEqual(once.failure.conflicts);
        }
      }
    },
  );

  test.prop([recordsArb, dayArb])(
    "law: a person is never counted twice — once per person present, or refused",
    (records, day) => {
      const result = takeCensus(records, day);
      const present = naivePresent(records, day);
      if (Result.isSuccess(result)) {
        const people = result.success.stations.flatMap((s) => s.people.map((p) => p.person));
        expect(people.length).toBe(new Set(people).size);
        expect(result.success.total).toBe(present.size);
        expect(new Set(people)).toEqual(present);
      } else {
        expect(result.failure._tag).toBe("ConflictingPresence");
        // the path is the first record that disagrees with an earlier one present at the instant
        const here = (r: PresenceRecord) => r.from <= day && (r.to === null || day < r.to);
        const first = records.findIndex(
          (r, i) =>
            here(r) &&
            records
              .slice(0, i)
              .some(
                (e) =>
                  here(e) &&
                  e.person === r.person &&
                  (e.dutyStation !== r.dutyStation || e.organization !== r.organization || e.category !== r.category),
              ),
        );
        expect(result.failure.path).toBe(`$.records[${first}]`);
      }
    },
  );

  test.prop([consistentRecordsArb, dayArb])(
    "law: duplicates that agree count once, and the census is the number of distinct people present",
    (records, day) => {
      const census = Result.getOrThrow(takeCensus([...records, ...records], day));
      expect(census.total).toBe(naivePresent(records, day).size);
      for (const station of census.stations) {
        expect(station.byCategory.reduce((sum, c) => sum + c.count, 0)).toBe(station.total);
        expect(station.byOrganization.reduce((sum, o) => sum + o.count, 0)).toBe(station.total);
      }
    },
  );
});

describe("takeCensus at scale", () => {
  it("takes the documented 1 000 000 records, and refuses one more on its length alone", () => {
    const one = {
      person: "p",
      organization: "UNDP",
      category: "staff",
      dutyStation: "Cairo",
      from: new Date("2006-01-01T00:00:00Z"),
      to: null,
      source: "ists",
    } as PresenceRecord;
    const limit = new Array<PresenceRecord>(1_000_000).fill(one);
    expect(Result.getOrThrow(takeCensus(limit, at)).total).toBe(1);
    const over = takeCensus([...limit, one], at);
    expect(Result.isFailure(over) && [over.failure._tag, over.failure.path, over.failure.received]).toEqual([
      "InvalidPresenceInput",
      "$.records",
      "1000001 records",
    ]);
  });
  it("one person in 100 000 places at once is refused with every placement, in linear time", () => {
    const from = new Date("2006-01-01T00:00:00Z");
    const records = Array.from(
      { length: 100_000 },
      (_, i) =>
        ({
          person: "p",
          organization: "UNDP",
          category: "staff",
          dutyStation: `S${i}`,
          from,
          to: null,
          source: "ists",
        }) as PresenceRecord,
    );
    const result = takeCensus(records, at);
    expect(
      Result.isFailure(result) &&
        result.failure._tag === "ConflictingPresence" &&
        result.failure.conflicts[0]?.placements.length,
    ).toBe(100_000);
  });
});

describe("takeCensus: the order of what it lists", () => {
  it("people by id, organizations by id, categories in the documented order, whatever the record order", () => {
    const since = new Date("2006-01-01T00:00:00Z");
    const records = (
      [
        ["p4", "UNDP", "consultant"],
        ["p3", "WFP", "dependant"],
        ["p2", "UNDP", "staff"],
        ["p1", "WHO", "visitor"],
      ] as const
    ).map(
      ([person, organization, category]) =>
        ({
          person,
          organization,
          category,
          dutyStation: "Cairo",
          from: since,
          to: null,
          source: "ists",
        }) as PresenceRecord,
    );
    const [cairo] = Result.getOrThrow(takeCensus(records, at)).stations;
    expect(cairo?.people.map((p) => p.person)).toEqual(["p1", "p2", "p3", "p4"]);
    expect(cairo?.byOrganization).toEqual([
      { organization: "UNDP", count: 2 },
      { organization: "WFP", count: 1 },
      { organization: "WHO", count: 1 },
    ]);
    expect(cairo?.byCategory.map((c) => c.category)).toEqual(["staff", "dependant", "consultant", "visitor"]);
  });
});
