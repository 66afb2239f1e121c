import { fc, test } from "@fast-check/vitest";
import type { DutyStationId } from "@unsms/core";
import { drawEvacuationList, takeCensus, type EvacuationPolicy, type PresenceRecord } from "@unsms/presence";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { consistentRecordsArb, dayArb, reorder } from "../support/arbitraries";
import { sampleRecords } from "../support/readExample";

const june = new Date("2006-06-30T12:00:00Z");
const bogota = "Bogota" as DutyStationId;

describe("drawEvacuationList", () => {
  it("Bogota on 30 June 2006 under the default order: the dependant, then the visitor and the contractor, then the staff", () => {
    const list = Result.getOrThrow(drawEvacuationList(sampleRecords(), june, bogota));
    expect(list.total).toBe(6);
    expect(list.groups.map((g) => [g.priority, g.name, g.people.map((p) => p.person)])).toEqual([
      [1, "dependants", ["col-d1"]],
      [2, "visitors, consultants and contractors", ["col-c1", "col-v1"]],
      [3, "staff", ["col-s1", "col-s2", "col-s3"]],
    ]);
    expect(list.basis).toContain("our assumption");
  });

  it("an agency's own order; categories it leaves out are listed last, never dropped", () => {
    const policy: EvacuationPolicy = {
      name: "staff first",
      basis: "agency rule",
      groups: [{ name: "staff", categories: ["staff"] }],
    };
    const list = Result.getOrThrow(drawEvacuationList(sampleRecords(), june, bogota, policy));
    expect(list.groups.map((g) => [g.name, g.people.length])).toEqual([
      ["staff", 3],
      ["not in any priority group", 3],
    ]);
  });

  it("within a group, people are sorted by organization, then by person id", () => {
    const since = new Date("2006-01-01T00:00:00Z");
    const staff = (person: string, organization: string) =>
      ({
        person,
        organization,
        category: "staff",
        dutyStation: "Bogota",
        from: since,
        to: null,
        source: "ists",
      }) as PresenceRecord;
    const records = [staff("a1", "WFP"), staff("z1", "UNDP"), staff("b1", "WFP"), staff("m1", "UNDP")];
    const list = Result.getOrThrow(drawEvacuationList(records, june, bogota));
    expect(list.groups.map((g) => g.people.map((p) => `${p.organization}:${p.person}`))).toEqual([
      [],
      [],
      ["UNDP:m1", "UNDP:z1", "WFP:a1", "WFP:b1"],
    ]);
  });

  it("refuses a policy that puts a category in two groups", () => {
    const policy: EvacuationPolicy = {
      name: "x",
      basis: "",
      groups: [
        { name: "a", categories: ["staff"] },
        { name: "b", categories: ["staff"] },
      ],
    };
    const result = drawEvacuationList(sampleRecords(), june, bogota, policy);
    expect(Result.isFailure(result) && result.failure.path).toBe("$.evacuation.groups[1].categories[0]");
  });

  test.prop([consistentRecordsArb, dayArb, fc.constantFrom("Bogota", "Manila", "Cairo"), fc.array(fc.nat())])(
    "law: the list holds exactly the station's census, each person once, whatever the record order",
    (records, day, station, keys) => {
      const list = Result.getOrThrow(drawEvacuationList(records, day, station as DutyStationId));
      const census = Result.getOrThrow(takeCensus(records, day, { dutyStation: station as DutyStationId }));
      const listed = list.groups.flatMap((g) => g.people.map((p) => p.person));
      expect(listed.length).toBe(list.total);
      expect(new Set(listed)).toEqual(new Set(census.stations[0]?.people.map((p) => p.person)));
      expect(listed.length).toBe(census.total);
      for (const group of list.groups)
        for (let i = 1; i < group.people.length; i += 1) {
          const [a, b] = [group.people[i - 1]!, group.people[i]!];
          // by organization, then person id (code units)
          expect(a.organization < b.organization || (a.organization === b.organization && a.person < b.person)).toBe(
            true,
          );
        }
      expect(Result.getOrThrow(drawEvacuationList(reorder(records, keys), day, station as DutyStationId))).toEqual(
        list,
      );
    },
  );
});
