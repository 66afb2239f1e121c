import { test } from "@fast-check/vitest";
import type { DutyStationId } from "@unsms/core";
import { changesBetween, takeCensus, type PresenceRecord } from "@unsms/presence";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { consistentRecordsArb, dayArb } from "../support/arbitraries";
import { countingReads } from "../../../../tools/vitest/countingReads";
import { sampleRecords } from "../support/readExample";

const jan = new Date("2006-01-01T00:00:00Z");
const june = new Date("2006-06-30T12:00:00Z");

describe("changesBetween", () => {
  it("the sample from 1 January to 30 June 2006: six arrivals, phl-s4 moved from Manila to Cairo", () => {
    const changes = Result.getOrThrow(changesBetween(sampleRecords(), jan, june));
    expect(changes.arrived.map((p) => p.person)).toEqual(["col-c1", "col-d1", "col-s2", "col-v1", "phl-k1", "phl-s3"]);
    expect(changes.departed).toEqual([]);
    expect(changes.changed.map((c) => [c.person, c.before.dutyStation, c.after.dutyStation])).toEqual([
      ["phl-s4", "Manila", "Cairo"],
    ]);
    expect(changes.unchanged).toBe(10);
  });

  it("at one station a move in is an arrival and a move out a departure", () => {
    const cairo = Result.getOrThrow(
      changesBetween(sampleRecords(), jan, june, { dutyStation: "Cairo" as DutyStationId }),
    );
    expect(cairo.arrived.map((p) => p.person)).toEqual(["phl-s4"]);
    const manila = Result.getOrThrow(
      changesBetween(sampleRecords(), jan, june, { dutyStation: "Manila" as DutyStationId }),
    );
    expect(manila.departed.map((p) => p.person)).toEqual(["phl-s4"]);
  });

  it("refuses instants in the wrong order", () => {
    expect(Result.isFailure(changesBetween(sampleRecords(), june, jan))).toBe(true);
  });

  test.prop([consistentRecordsArb, dayArb, dayArb])(
    "law: the census at `to` is the census at `from` plus arrivals minus departures",
    (records, a, b) => {
      const [from, to] = a <= b ? [a, b] : [b, a];
      const changes = Result.getOrThrow(changesBetween(records, from, to));
      const before = Result.getOrThrow(takeCensus(records, from)).total;
      const after = Result.getOrThrow(takeCensus(records, to)).total;
      expect(after).toBe(before + changes.arrived.length - changes.departed.length);
      expect(changes.unchanged + changes.changed.length + changes.departed.length).toBe(before);
    },
  );
});

describe("changesBetween, one field at a time", () => {
  const record = (person: string, fields: Partial<Record<keyof PresenceRecord, unknown>> = {}): PresenceRecord =>
    ({
      person,
      organization: "UNDP",
      category: "staff",
      dutyStation: "Cairo",
      from: jan,
      to: null,
      source: "ists",
      ...fields,
    }) as PresenceRecord;

  it("a new category at the same station and organization is a change, not an unchanged person", () => {
    const changes = Result.getOrThrow(
      changesBetween([record("c1", { category: "consultant", to: june }), record("c1", { from: june })], jan, june),
    );
    expect(changes.unchanged).toBe(0);
    expect(changes.changed.map((c) => [c.person, c.before.category, c.after.category])).toEqual([
      ["c1", "consultant", "staff"],
    ]);
  });

  it("lists arrivals, departures and changes by person id, whatever the record order", () => {
    const people = ["z", "m", "a"];
    const changes = Result.getOrThrow(
      changesBetween(
        people.flatMap((p) => [
          record(`${p}-moved`, { to: june }),
          record(`${p}-moved`, { from: june, dutyStation: "Manila" }),
          record(`${p}-left`, { to: june }),
          record(`${p}-came`, { from: june }),
        ]),
        jan,
        june,
      ),
    );
    expect(changes.changed.map((c) => c.person)).toEqual(["a-moved", "m-moved", "z-moved"]);
    expect(changes.departed.map((c) => c.person)).toEqual(["a-left", "m-left", "z-left"]);
    expect(changes.arrived.map((c) => c.person)).toEqual(["a-came", "m-came", "z-came"]);
  });

  it("checks and reads each record once for both instants: one read of each field, one walk of the list", () => {
    const watched = [
      record("both"),
      record("left", { to: june }),
      record("came", { from: june }),
      record("neither", { from: new Date(0), to: new Date(1) }),
    ].map((r) => countingReads(r));
    const list = watched.map((w) => w.proxy);
    const changes = Result.getOrThrow(changesBetween(list, jan, june));
    expect([changes.unchanged, changes.departed.map((p) => p.person), changes.arrived.map((p) => p.person)]).toEqual([
      1,
      ["left"],
      ["came"],
    ]);
    const once = { person: 1, organization: 1, category: 1, dutyStation: 1, from: 1, to: 1, source: 1 };
    expect(watched.map((w) => w.reads())).toEqual(watched.map(() => once));
  });

  it("reports a conflict at `from` before one at `to`, and an invalid record before either", () => {
    const conflictOf = (records: ReadonlyArray<PresenceRecord>) => {
      const result = changesBetween(records, jan, june);
      return Result.isFailure(result)
        ? [result.failure._tag, result.failure.path, result.failure.message.includes(jan.toISOString())]
        : ["accepted"];
    };
    const atTo = [record("p1", { from: june }), record("p1", { from: june, dutyStation: "Manila" })];
    const atFrom = [record("p2", { to: june }), record("p2", { to: june, dutyStation: "Manila" })];
    // the conflict at `to` comes first in the list; the one at `from` is still the one reported
    expect(conflictOf([...atTo, ...atFrom])).toEqual(["ConflictingPresence", "$.records[3]", true]);
    expect(conflictOf(atTo)).toEqual(["ConflictingPresence", "$.records[1]", false]);
    expect(conflictOf([...atTo, ...atFrom, record("p3", { category: "boss" })])).toEqual([
      "InvalidPresenceInput",
      "$.records[4].category",
      false,
    ]);
  });
});
