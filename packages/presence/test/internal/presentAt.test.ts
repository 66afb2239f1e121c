import type { DutyStationId, OrganizationId, PersonId } from "@unsms/core";
import { changesBetween, countHeadcounts, takeCensus, type PresenceRecord } from "@unsms/presence";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";

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
});
